fn main() -> std::process::ExitCode {
    polscore::cli::main()
}
