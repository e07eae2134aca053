namespace LianLuo.Domain.Classification;

/// <summary>Chinese and English names of the classification enums. Stateless and thread-safe.</summary>
public static class ClassificationNames
{
    /// <summary>The Chinese name of a rule, e.g. 未说明理由.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string Chinese(ClassificationRule value) => value switch
    {
        ClassificationRule.UnknownCategory => "办理结果类别不在分类方案中",
        ClassificationRule.ReasonMissing => "未说明理由",
        ClassificationRule.PlannedCompletionMissing => "未明确计划完成时间",
        ClassificationRule.PlannedCompletionNotAfterReply => "计划完成时间不晚于答复日期",
        _ => throw Undefined(value),
    };

    /// <summary>The English name of a rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string English(ClassificationRule value) => value switch
    {
        ClassificationRule.UnknownCategory => "category not in the scheme",
        ClassificationRule.ReasonMissing => "reason missing",
        ClassificationRule.PlannedCompletionMissing => "planned completion date missing",
        ClassificationRule.PlannedCompletionNotAfterReply => "planned completion date not after the reply",
        _ => throw Undefined(value),
    };

    /// <summary>The Chinese name of a follow-up status, e.g. 待回头看.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string Chinese(FollowUpStatus value) => value switch
    {
        FollowUpStatus.Open => "待回头看",
        FollowUpStatus.Kept => "承诺已兑现",
        FollowUpStatus.Broken => "承诺未兑现",
        _ => throw Undefined(value),
    };

    /// <summary>The English name of a follow-up status.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string English(FollowUpStatus value) => value switch
    {
        FollowUpStatus.Open => "open",
        FollowUpStatus.Kept => "promise kept",
        FollowUpStatus.Broken => "promise broken",
        _ => throw Undefined(value),
    };

    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(nameof(value), value, $"{typeof(TEnum).Name} has no such value ({value}).");
}
