namespace LianLuo.Domain.Deadlines;

/// <summary>The event from which a period is counted (起算事件).</summary>
public enum StartEvent
{
    /// <summary>交办: the item was assigned (or reassigned) to its units.</summary>
    Assigned = 1,

    /// <summary>签收: the unit signed for the item.</summary>
    Received = 2,

    /// <summary>答复: the reply was given.</summary>
    Replied = 3,

    /// <summary>反馈: the proposer's satisfaction form came back (for re-handling, the 不满意 feedback).</summary>
    Feedback = 4,

    /// <summary>重新办理: re-handling started.</summary>
    RehandlingStarted = 5,
}

/// <summary>The deadlines a <see cref="DeadlinePolicy"/> sets (办理时限).</summary>
public enum DeadlineKind
{
    /// <summary>答复期限: the reply to the proposer (default 3 months from 交办).</summary>
    Reply = 1,

    /// <summary>复杂件答复期限: the reply when the item is complex, 情况复杂 (default 6 months from 交办).</summary>
    ComplexReply = 2,

    /// <summary>重新办理期限: the reply after re-handling (default 1 month from the 不满意 feedback).</summary>
    Rehandling = 3,

    /// <summary>退回期限: asking to return a wrongly assigned item (default 5 working days from 签收).</summary>
    Return = 4,

    /// <summary>会办意见期限: a co-handling unit's opinion to the lead unit (default 1 month from 交办).</summary>
    CoHandlingOpinion = 5,

    /// <summary>办前面商期限: the face-to-face talk with the proposer before handling (default 15 working days from 交办).</summary>
    FaceToFaceBeforeHandling = 6,

    /// <summary>满意度测评期限: the proposer's satisfaction form (default 15 working days from the reply).</summary>
    SatisfactionForm = 7,

    /// <summary>最长办理期限: the limit an extension may not pass, and past which an item is seriously overdue (default 6 months from 交办).</summary>
    ExtensionLimit = 8,

    /// <summary>
    /// 签收期限: a unit's signing for the item (default 5 working days from 交办). A unit that has not signed by then is deemed
    /// to have received the item at the window's end, so a period counted from 签收 runs even when no one signs.
    /// </summary>
    SignIn = 9,
}

/// <summary>The language of rendered explanations.</summary>
public enum ExplanationLanguage
{
    /// <summary>中文.</summary>
    Chinese = 1,

    /// <summary>English (with the Chinese terms).</summary>
    English = 2,
}

/// <summary>Chinese and English names of the deadline enums. Stateless and thread-safe.</summary>
public static class DeadlineNames
{
    /// <summary>The Chinese name, e.g. 交办.</summary>
    public static string Chinese(StartEvent value) => value switch
    {
        StartEvent.Assigned => "交办",
        StartEvent.Received => "签收",
        StartEvent.Replied => "答复",
        StartEvent.Feedback => "反馈",
        StartEvent.RehandlingStarted => "重新办理",
        _ => value.ToString(),
    };

    /// <summary>The English name, e.g. assignment.</summary>
    public static string English(StartEvent value) => value switch
    {
        StartEvent.Assigned => "assignment (交办)",
        StartEvent.Received => "receipt (签收)",
        StartEvent.Replied => "reply (答复)",
        StartEvent.Feedback => "feedback (反馈)",
        StartEvent.RehandlingStarted => "start of re-handling (重新办理)",
        _ => value.ToString(),
    };

    /// <summary>The Chinese name, e.g. 答复期限.</summary>
    public static string Chinese(DeadlineKind value) => value switch
    {
        DeadlineKind.Reply => "答复期限",
        DeadlineKind.ComplexReply => "复杂件答复期限",
        DeadlineKind.Rehandling => "重新办理期限",
        DeadlineKind.Return => "退回期限",
        DeadlineKind.CoHandlingOpinion => "会办意见期限",
        DeadlineKind.FaceToFaceBeforeHandling => "办前面商期限",
        DeadlineKind.SatisfactionForm => "满意度测评期限",
        DeadlineKind.ExtensionLimit => "最长办理期限",
        DeadlineKind.SignIn => "签收期限",
        _ => value.ToString(),
    };

    /// <summary>The English name, e.g. reply deadline.</summary>
    public static string English(DeadlineKind value) => value switch
    {
        DeadlineKind.Reply => "reply deadline",
        DeadlineKind.ComplexReply => "reply deadline of a complex item",
        DeadlineKind.Rehandling => "re-handling deadline",
        DeadlineKind.Return => "return window",
        DeadlineKind.CoHandlingOpinion => "co-handling opinion deadline",
        DeadlineKind.FaceToFaceBeforeHandling => "face-to-face talk before handling deadline",
        DeadlineKind.SatisfactionForm => "satisfaction form deadline",
        DeadlineKind.ExtensionLimit => "extension limit",
        DeadlineKind.SignIn => "sign-in window",
        _ => value.ToString(),
    };
}
