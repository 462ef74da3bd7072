import Workbook

/// Runs an exercise's checks against the session's own world (the REPL's `check`).
///
/// The session calls it after running the exercise's `{setup}` commands; it returns one outcome per
/// check, in order.
protocol SessionCheckRunner {
    func runChecks(_ checks: [Check], in session: Session) -> [CheckOutcome]
}

/// Used until the `lab` module is wired in: every check errors, saying so.
struct UnavailableCheckRunner: SessionCheckRunner {
    func runChecks(_ checks: [Check], in session: Session) -> [CheckOutcome] {
        checks.map { CheckOutcome(check: $0, verdict: .errored(message: "checks cannot run in this build")) }
    }
}
