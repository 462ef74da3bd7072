import LambdaSim
import Synchronization
import Testing
@testable import Shell

@Suite("Error presentation")
struct ErrorPresenterTests {
    private func presented(_ error: any Error) -> String {
        let output = Mutex("")
        let console = Console(colorEnabled: false) { _, text in output.withLock { $0 += text } }
        ErrorPresenter.present(error, on: console)
        return output.withLock { $0 }
    }

    @Test("A service error reaching the shell shows AWS's code and message, then its teaching text, never 'internal error'")
    func serviceErrorIsPresentedAsTheService() {
        let error = ServiceError.iam(.noSuchEntity, "The role with name ghost cannot be found.",
                                     explanation: "Roles in the account: lambda-ex.")
        let text = presented(error)
        #expect(text == "error: NoSuchEntity: The role with name ghost cannot be found.\n  Roles in the account: lambda-ex.\n")
        #expect(!text.contains("internal error"))
    }

    @Test("An error the shell does not know is reported as a bug with a hint")
    func unknownErrorIsABug() {
        struct Strange: Error {}
        #expect(presented(Strange()).hasPrefix("error: internal error:"))
    }
}
