using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace LianLuo.Domain.Model;

/// <summary>
/// The Chinese and English display names of every domain enum value, and parsing back from either.
/// Immutable and thread-safe.
/// </summary>
public static class DisplayNames
{
    private static readonly FrozenDictionary<Enum, (string Chinese, string English)> Names = new Dictionary<Enum, (string, string)>
    {
        [SubmissionKind.Suggestion] = ("建议", "suggestion"),
        [SubmissionKind.Proposal] = ("提案", "proposal"),
        [SubmissionKind.Motion] = ("议案", "motion"),
        [AssignmentRole.Lead] = ("主办", "lead"),
        [AssignmentRole.CoHandling] = ("会办", "co-handling"),
        [AssignmentRole.Separate] = ("分办", "separate"),
        [CommunicationStage.BeforeHandling] = ("办前沟通", "before handling"),
        [CommunicationStage.DuringHandling] = ("办中协商", "during handling"),
        [CommunicationStage.AfterHandling] = ("办后反馈", "after handling"),
        [CommunicationMode.FaceToFace] = ("面商", "face to face"),
        [CommunicationMode.Phone] = ("电话", "phone"),
        [CommunicationMode.Email] = ("邮件", "e-mail"),
        [CommunicationMode.Visit] = ("走访", "visit"),
        [CommunicationMode.Symposium] = ("座谈", "symposium"),
        [SatisfactionLevel.VerySatisfied] = ("非常满意", "very satisfied"),
        [SatisfactionLevel.Satisfied] = ("满意", "satisfied"),
        [SatisfactionLevel.BasicallySatisfied] = ("基本满意", "basically satisfied"),
        [SatisfactionLevel.Unsatisfied] = ("不满意", "unsatisfied"),
        [GroupKind.DemocraticParty] = ("民主党派", "democratic party"),
        [GroupKind.FederationOfIndustryAndCommerce] = ("工商联", "federation of industry and commerce"),
        [GroupKind.Sector] = ("界别", "sector"),
        [GroupKind.SpecialCommittee] = ("专委会", "special committee"),
        [ActivityType.TopicConsultation] = ("专题协商", "topical consultation"),
        [ActivityType.CounterpartConsultation] = ("对口协商", "counterpart consultation"),
        [ActivityType.SectorConsultation] = ("界别协商", "sector consultation"),
        [ActivityType.ProposalHandlingConsultation] = ("提案办理协商", "proposal handling consultation"),
        [ActivityType.MotionProgressMeeting] = ("议案办理推进会", "motion progress meeting"),
        [ActivityType.ExecutiveMeetingAttendance] = ("列席常务会议", "attendance at executive meetings"),
        [ActivityType.Symposium] = ("座谈会", "symposium"),
        [ActivityType.Hearing] = ("论证会", "hearing"),
        [ActivityType.Briefing] = ("政情通报", "briefing"),
        [ActivityType.StudyMeeting] = ("专题研究", "study meeting"),
        [HandlingPhase.NotAssigned] = ("未交办", "not assigned"),
        [HandlingPhase.Handling] = ("办理中", "handling"),
        [HandlingPhase.ReturnRequested] = ("退回申请中", "return requested"),
        [HandlingPhase.AwaitingReassignment] = ("待重新交办", "awaiting reassignment"),
        [HandlingPhase.Replied] = ("已答复", "replied"),
        [HandlingPhase.FeedbackReceived] = ("已反馈", "feedback received"),
        [HandlingPhase.Closed] = ("已办结", "closed"),
        [LifecycleRule.EventsOutOfOrder] = ("事件日期顺序错误", "events out of date order"),
        [LifecycleRule.NotAssigned] = ("尚未交办", "not assigned yet"),
        [LifecycleRule.AlreadyAssigned] = ("重复交办", "already assigned"),
        [LifecycleRule.UnitNotAssigned] = ("非承办单位", "unit not assigned to the item"),
        [LifecycleRule.AlreadyReceived] = ("重复签收", "already received"),
        [LifecycleRule.ReturnAfterReply] = ("答复后申请退回", "return requested after a reply"),
        [LifecycleRule.ReturnAlreadyRequested] = ("重复申请退回", "return already requested"),
        [LifecycleRule.NoReturnRequested] = ("无退回申请", "no return requested"),
        [LifecycleRule.AwaitingReassignment] = ("待重新交办", "awaiting reassignment"),
        [LifecycleRule.NotCoHandlingUnit] = ("非会办单位", "not a co-handling unit"),
        [LifecycleRule.ExtensionAfterReply] = ("答复后延期", "extension after the reply"),
        [LifecycleRule.ExtensionNotAfterDate] = ("延期日期无效", "extension date not after the event"),
        [LifecycleRule.ReplyFromNonReplyingUnit] = ("非答复单位答复", "reply from a unit that does not reply"),
        [LifecycleRule.AlreadyReplied] = ("重复答复", "already replied"),
        [LifecycleRule.FeedbackWithoutReply] = ("未答复即反馈", "feedback without a reply"),
        [LifecycleRule.AlreadyFeedback] = ("重复反馈", "feedback already recorded"),
        [LifecycleRule.RehandlingWithoutDissatisfaction] = ("非不满意不得重新办理", "re-handling without an unsatisfied feedback"),
        [LifecycleRule.FollowUpWithoutPromise] = ("无承诺事项回头看", "follow-up without a promise"),
        [LifecycleRule.CloseWithoutReply] = ("未答复即办结", "closed without a reply"),
        [LifecycleRule.AlreadyClosed] = ("已办结", "already closed"),
        [LifecycleRule.ReturnPending] = ("退回申请待决定", "return request pending"),
        [LifecycleRule.ExtensionAfterDeadline] = ("超过期限后延期", "extension after the deadline passed"),
        [LifecycleRule.ExtensionNotAfterDeadline] = ("延期未晚于原期限", "extension not after the deadline it extends"),
        [LifecycleRule.ExtensionBeyondLimit] = ("延期超过最长办理期限", "extension beyond the limit"),
        [LifecycleRule.ComplexityTooLate] = ("认定情况复杂过迟", "complexity decided too late"),
        [LifecycleRule.ReturnWindowPassed] = ("超过退回期限", "return window passed"),
        [LifecycleRule.SeparateUnitNotNamed] = ("分办未指明单位", "separate unit not named"),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<(Type, string), Enum> Lookup = BuildLookup();

    private static FrozenDictionary<(Type, string), Enum> BuildLookup()
    {
        var lookup = new Dictionary<(Type, string), Enum>();
        foreach (var (value, (chinese, english)) in Names)
        {
            var type = value.GetType();
            lookup[(type, chinese)] = value;
            lookup[(type, english.ToUpperInvariant())] = value;
            lookup[(type, value.ToString().ToUpperInvariant())] = value;
        }

        return lookup.ToFrozenDictionary();
    }

    /// <summary>The Chinese display name of a domain enum value (e.g. 建议).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined domain enum value.</exception>
    public static string Chinese<TEnum>(TEnum value)
        where TEnum : struct, Enum => Get(value).Chinese;

    /// <summary>The English display name of a domain enum value (e.g. suggestion).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined domain enum value.</exception>
    public static string English<TEnum>(TEnum value)
        where TEnum : struct, Enum => Get(value).English;

    /// <summary>
    /// Parses a Chinese display name, an English display name or the member name (both case-insensitive),
    /// after trimming white space.
    /// </summary>
    public static bool TryParse<TEnum>(string? text, [MaybeNullWhen(false)] out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var key = text.Trim();
        if (Lookup.TryGetValue((typeof(TEnum), key), out var found) || Lookup.TryGetValue((typeof(TEnum), key.ToUpperInvariant()), out found))
        {
            value = (TEnum)found;
            return true;
        }

        return false;
    }

    /// <summary>Parses like <see cref="TryParse{TEnum}(string?, out TEnum)"/>, or throws.</summary>
    /// <exception cref="FormatException">The text names no value of <typeparamref name="TEnum"/>.</exception>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", ChineseNames<TEnum>())}.");

    /// <summary>The Chinese names of every value of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> ChineseNames<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Chinese)];

    private static (string Chinese, string English) Get<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names.TryGetValue(value, out var names)
            ? names
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no display name for {value}.");
}
