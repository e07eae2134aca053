namespace LianLuo.Domain.Satisfaction;

/// <summary>Chinese and English names of the satisfaction enums. Stateless and thread-safe.</summary>
public static class SatisfactionNames
{
    /// <summary>The Chinese name of a feedback status, e.g. 未反馈.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string Chinese(FeedbackStatus value) => value switch
    {
        FeedbackStatus.NotReplied => "未答复",
        FeedbackStatus.AwaitingForm => "待反馈",
        FeedbackStatus.FormNotReturned => "未反馈",
        FeedbackStatus.Returned => "已反馈",
        _ => throw Undefined(value),
    };

    /// <summary>The English name of a feedback status.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string English(FeedbackStatus value) => value switch
    {
        FeedbackStatus.NotReplied => "not replied",
        FeedbackStatus.AwaitingForm => "awaiting the form",
        FeedbackStatus.FormNotReturned => "form not returned",
        FeedbackStatus.Returned => "form returned",
        _ => throw Undefined(value),
    };

    /// <summary>The Chinese name of a scale, e.g. 三级（满意、基本满意、不满意）.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string Chinese(SatisfactionScale value) => value switch
    {
        SatisfactionScale.ThreeLevel => "三级（满意、基本满意、不满意）",
        SatisfactionScale.FourLevel => "四级（非常满意、满意、基本满意、不满意）",
        _ => throw Undefined(value),
    };

    /// <summary>The English name of a scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static string English(SatisfactionScale value) => value switch
    {
        SatisfactionScale.ThreeLevel => "three levels",
        SatisfactionScale.FourLevel => "four levels",
        _ => throw Undefined(value),
    };

    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(nameof(value), value, $"{typeof(TEnum).Name} has no such value ({value}).");
}
