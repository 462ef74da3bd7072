import Foundation
import Workbook

/// What the lesson commands need from outside the session: the course, where progress is kept,
/// the real clock for progress timestamps, and a way to wait (demo mode's typing).
///
/// The executable passes the real ones; tests pass a fixture course, a temporary progress file,
/// a fixed date and a wait that returns at once.
public struct LessonsConfiguration: Sendable {
    public var course: Course
    /// Where the course was read from, named in messages (`No lessons in …`).
    public var courseLocation: String?
    /// `nil`: progress is not kept (scripts without a data folder).
    public var progressStore: ProgressStore?
    /// The time stamped on progress records.
    public var now: @Sendable () -> Date
    /// Waits, for demo mode's typing; tests pass one that returns at once.
    public var wait: @Sendable (Duration) -> Void

    public init(course: Course, courseLocation: String? = nil, progressStore: ProgressStore? = nil,
                now: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 0) },
                wait: @escaping @Sendable (Duration) -> Void = { _ in }) {
        self.course = course
        self.courseLocation = courseLocation
        self.progressStore = progressStore
        self.now = now
        self.wait = wait
    }

    /// No course and no progress: the lesson commands explain that there are no lessons.
    public static let none = LessonsConfiguration(course: Course(parsed: []))
}
