using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Satisfaction;

/// <summary>Where an item stands with its satisfaction form.</summary>
public enum FeedbackStatus
{
    /// <summary>未答复: not replied yet, so no form is expected.</summary>
    NotReplied = 1,

    /// <summary>待反馈: replied, and no form has come back yet.</summary>
    AwaitingForm = 2,

    /// <summary>未反馈: replied, and the form was recorded as not returned.</summary>
    FormNotReturned = 3,

    /// <summary>已反馈: a form came back with a level.</summary>
    Returned = 4,
}

/// <summary>
/// The final satisfaction of an item (最终满意度): that of its last round with a returned form, so the re-handled
/// reply's (重办满意度) when given, otherwise the first (满意度); or, when no form came back, why not.
/// Immutable and thread-safe.
/// </summary>
public readonly record struct ItemSatisfaction
{
    private ItemSatisfaction(FeedbackStatus status, SatisfactionLevel? level)
    {
        Status = status;
        Level = level;
    }

    /// <summary>Not replied yet.</summary>
    public static ItemSatisfaction NotReplied { get; } = new(FeedbackStatus.NotReplied, null);

    /// <summary>Replied, no form yet.</summary>
    public static ItemSatisfaction AwaitingForm { get; } = new(FeedbackStatus.AwaitingForm, null);

    /// <summary>Replied, form recorded as not returned.</summary>
    public static ItemSatisfaction FormNotReturned { get; } = new(FeedbackStatus.FormNotReturned, null);

    /// <summary>The status of the form.</summary>
    public FeedbackStatus Status { get; }

    /// <summary>The final level when <see cref="Status"/> is <see cref="FeedbackStatus.Returned"/>, otherwise null.</summary>
    public SatisfactionLevel? Level { get; }

    /// <summary>Whether the item was replied (every status but <see cref="FeedbackStatus.NotReplied"/>).</summary>
    public bool IsReplied => Status != FeedbackStatus.NotReplied;

    /// <summary>Whether the item was replied but has no returned form (the spec's noFeedback).</summary>
    public bool IsNoFeedback => Status is FeedbackStatus.AwaitingForm or FeedbackStatus.FormNotReturned;

    /// <summary>Whether the final level is 满意 or 非常满意 (both count as satisfied).</summary>
    public bool IsSatisfied => Level is SatisfactionLevel.Satisfied or SatisfactionLevel.VerySatisfied;

    /// <summary>Whether the final level is 满意, 非常满意 or 基本满意.</summary>
    public bool IsSatisfiedOrBasically => IsSatisfied || Level == SatisfactionLevel.BasicallySatisfied;

    /// <summary>A returned form with a level.</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static ItemSatisfaction Returned(SatisfactionLevel level) =>
        new(FeedbackStatus.Returned, Preconditions.CheckDefined(level, "ItemSatisfaction.Level (满意度)"));

    /// <summary>
    /// The final satisfaction of an item: <see cref="ItemState.FinalSatisfaction"/> when a form came back; otherwise
    /// not replied (no complete reply), form not returned (the latest replied round recorded 未反馈), or awaiting.
    /// </summary>
    /// <param name="state">The item's state.</param>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static ItemSatisfaction Of(ItemState state)
    {
        Preconditions.CheckNotNull(state);
        if (state.FirstRepliedOn is null)
        {
            return NotReplied;
        }

        if (state.FinalSatisfaction is { } level)
        {
            return Returned(level);
        }

        if (state.IsSeparateHandling)
        {
            // Under 分办: the form of some unit recorded as not returned (and none of them 不满意, or the level would be known).
            return state.Parts.Any(p => p.Rounds.Reverse().First(r => r.IsReplied).Feedback is { Level: null }) ? FormNotReturned : AwaitingForm;
        }

        // The latest replied round (there is one: the first round is replied).
        var rounds = state.Rounds;
        var latest = rounds.Count - 1;
        while (!rounds[latest].IsReplied)
        {
            latest--;
        }

        return rounds[latest].Feedback is not null ? FormNotReturned : AwaitingForm;
    }

    /// <summary>The Chinese name of the state, e.g. 满意, 未反馈, 待反馈, 未答复.</summary>
    public override string ToString() => Status == FeedbackStatus.Returned
        ? DisplayNames.Chinese(Level!.Value)
        : Enum.IsDefined(Status) ? SatisfactionNames.Chinese(Status) : "(default)";
}
