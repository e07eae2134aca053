namespace LianLuo.Domain.Model;

/// <summary>The rules of the handling lifecycle that a step can break.</summary>
public enum LifecycleRule
{
    /// <summary>An event is dated before the event before it.</summary>
    EventsOutOfOrder = 1,

    /// <summary>An event other than 交办 comes before the first 交办.</summary>
    NotAssigned = 2,

    /// <summary>A 交办 comes while the item is assigned (reassignment needs an approved return).</summary>
    AlreadyAssigned = 3,

    /// <summary>A unit acts on an item it is not assigned to.</summary>
    UnitNotAssigned = 4,

    /// <summary>A unit signs for the same assignment twice.</summary>
    AlreadyReceived = 5,

    /// <summary>A return is requested after a reply.</summary>
    ReturnAfterReply = 6,

    /// <summary>A return is requested while another request is pending.</summary>
    ReturnAlreadyRequested = 7,

    /// <summary>A return decision without a pending request.</summary>
    NoReturnRequested = 8,

    /// <summary>A handling step while the item awaits reassignment after an approved return.</summary>
    AwaitingReassignment = 9,

    /// <summary>A co-handling opinion from a unit that is not a 会办 unit.</summary>
    NotCoHandlingUnit = 10,

    /// <summary>An extension after the round's reply.</summary>
    ExtensionAfterReply = 11,

    /// <summary>An extension to a date not after its own date.</summary>
    ExtensionNotAfterDate = 12,

    /// <summary>A reply from a unit that does not reply (a 会办 unit, or no unit named under 分办).</summary>
    ReplyFromNonReplyingUnit = 13,

    /// <summary>A second reply by the same unit in the same round.</summary>
    AlreadyReplied = 14,

    /// <summary>A feedback before the round's reply.</summary>
    FeedbackWithoutReply = 15,

    /// <summary>A second feedback in the same round.</summary>
    AlreadyFeedback = 16,

    /// <summary>Re-handling without an unsatisfied (不满意) feedback in the current round.</summary>
    RehandlingWithoutDissatisfaction = 17,

    /// <summary>A follow-up (回头看) without any reply that made a promise.</summary>
    FollowUpWithoutPromise = 18,

    /// <summary>办结 before the round's reply.</summary>
    CloseWithoutReply = 19,

    /// <summary>A handling step after 办结 (only 回头看, 沟通 and 督办 may follow), or a second 办结.</summary>
    AlreadyClosed = 20,

    /// <summary>A reply, extension or 办结 while a return request (退回申请) of the lead or a 分办 unit awaits its decision.</summary>
    ReturnPending = 21,

    /// <summary>An extension (延期) approved after the deadline it extends had passed.</summary>
    ExtensionAfterDeadline = 22,

    /// <summary>An extension to a date not after the deadline it extends (an "extension" may never shorten a deadline).</summary>
    ExtensionNotAfterDeadline = 23,

    /// <summary>An extension beyond the extension limit (最长办理期限) when the policy does not allow it.</summary>
    ExtensionBeyondLimit = 24,

    /// <summary>情况复杂 decided after a reply, or after the regular reply deadline had passed.</summary>
    ComplexityTooLate = 25,

    /// <summary>A return requested after the unit's return window (退回期限) had ended, when the policy does not accept late requests.</summary>
    ReturnWindowPassed = 26,

    /// <summary>Under 分办, a feedback or re-handling that does not name one of the separate units.</summary>
    SeparateUnitNotNamed = 27,
}
