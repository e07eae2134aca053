using System.Globalization;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Classification;

/// <summary>
/// Items whose standing result (<see cref="ClassificationScheme.StandingResult"/>: the latest reply's category, under 分办 the lowest of the units') counts as
/// solved in the scheme: A 已经解决或基本解决 by default. Immutable and thread-safe.
/// </summary>
internal sealed class SolvedItemClass : ItemClass
{
    /// <summary>Creates the class for a scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public SolvedItemClass(ClassificationScheme scheme)
        : base("solved", "已解决", "solved", "The standing result category counts as solved in the scheme (A 已经解决或基本解决 by default).") =>
        Scheme = Preconditions.CheckNotNull(scheme);

    /// <summary>The scheme.</summary>
    public ClassificationScheme Scheme { get; }

    /// <inheritdoc/>
    protected override (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf) =>
        ResultVerdicts.Decide(item, Scheme, d => d.CountsAsSolved, "已解决", "solved");
}

/// <summary>
/// Items whose standing result counts as solved or as planned (A + B by default): the numerator of 解决率 as
/// national reports quote it. Immutable and thread-safe.
/// </summary>
internal sealed class SolvedOrPlannedItemClass : ItemClass
{
    /// <summary>Creates the class for a scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public SolvedOrPlannedItemClass(ClassificationScheme scheme)
        : base("solved-or-planned", "已解决或列入计划", "solved or planned", "The standing result category counts as solved or as planned in the scheme (A or B by default).") =>
        Scheme = Preconditions.CheckNotNull(scheme);

    /// <summary>The scheme.</summary>
    public ClassificationScheme Scheme { get; }

    /// <inheritdoc/>
    protected override (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf) =>
        ResultVerdicts.Decide(item, Scheme, d => d.CountsAsSolvedOrPlanned, "已解决或列入计划", "solved or planned");
}

/// <summary>Key items (重点建议提案): submissions marked as key. Immutable and thread-safe.</summary>
internal sealed class KeyItemClass : ItemClass
{
    /// <summary>Creates the class.</summary>
    public KeyItemClass()
        : base("key", "重点建议提案", "key item", "The submission is marked as a key item (重点).")
    {
    }

    /// <inheritdoc/>
    protected override (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf) =>
        item.Submission.IsKey
            ? (true, "列为重点建议提案。", "Marked as a key item.")
            : (false, "未列为重点建议提案。", "Not marked as a key item.");
}

/// <summary>
/// Supervised key items (领导督办重点建议提案): key items that a leader supervises (督办), as the report's
/// keySupervised counts them. Immutable and thread-safe.
/// </summary>
internal sealed class SupervisedKeyItemClass : ItemClass
{
    /// <summary>Creates the class.</summary>
    public SupervisedKeyItemClass()
        : base("supervised-key", "领导督办重点建议提案", "supervised key item", "A key item with at least one supervision (督办) by a leader.")
    {
    }

    /// <inheritdoc/>
    protected override (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf)
    {
        var leaders = string.Join("、", item.Supervisions.Select(s => s.Leader).Distinct());
        return (item.Submission.IsKey, item.IsSupervised) switch
        {
            (true, true) => (true, $"重点建议提案，由{leaders}督办。", $"A key item supervised by {leaders}."),
            (true, false) => (false, "重点建议提案，但没有领导督办。", "A key item, but no leader supervises it."),
            (false, true) => (false, $"由{leaders}督办，但未列为重点建议提案。", $"Supervised by {leaders}, but not a key item."),
            _ => (false, "未列为重点建议提案，也没有领导督办。", "Neither a key item nor supervised."),
        };
    }
}

/// <summary>
/// Re-handled items (重新办理): items whose proposer was unsatisfied (不满意) and that started another round of
/// handling, replied again or not. (The report's rehandling.rehandled counts only those replied again.)
/// Immutable and thread-safe.
/// </summary>
internal sealed class RehandledItemClass : ItemClass
{
    /// <summary>Creates the class.</summary>
    public RehandledItemClass()
        : base("rehandled", "重新办理", "re-handled", "The item has a round of handling after the first (re-handling after an unsatisfied feedback).")
    {
    }

    /// <inheritdoc/>
    protected override (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf)
    {
        if (!item.IsRehandled)
        {
            return (false, "未重新办理。", "Not re-handled.");
        }

        var round = item.CurrentRound!;
        var number = round.Number.ToString(CultureInfo.InvariantCulture);
        return round.RepliedOn is { } replied
            ? (true, $"因不满意于{ChineseDate(round.StartedOn)}重新办理（第{number}轮），{ChineseDate(replied)}重新答复。", $"Re-handled from {IsoDate(round.StartedOn)} (round {number}) after an unsatisfied feedback; replied again on {IsoDate(replied)}.")
            : (true, $"因不满意于{ChineseDate(round.StartedOn)}重新办理（第{number}轮），尚未重新答复。", $"Re-handled from {IsoDate(round.StartedOn)} (round {number}) after an unsatisfied feedback; not replied again yet.");
    }
}

/// <summary>
/// Items with a follow-up (回头看) due: an open follow-up obligation (see <see cref="ReplyRules.FollowUpObligations"/>)
/// whose planned completion date is before the as-of date. Immutable and thread-safe.
/// </summary>
internal sealed class FollowUpDueItemClass : ItemClass
{
    /// <summary>Creates the class for the rules of a scheme.</summary>
    /// <param name="rules">The reply rules, which define the obligations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public FollowUpDueItemClass(ReplyRules rules)
        : base("follow-up-due", "回头看到期", "follow-up due", "A promise of a planned reply (B by default) is still open and its planned completion date is before the as-of date.") =>
        Rules = Preconditions.CheckNotNull(rules);

    /// <summary>The reply rules.</summary>
    public ReplyRules Rules { get; }

    /// <inheritdoc/>
    protected override (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf)
    {
        var obligations = Rules.FollowUpObligations(item);
        if (obligations.Count == 0)
        {
            return (false, "没有需要回头看的承诺事项。", "No promise to follow up.");
        }

        var due = obligations.FirstOrDefault(o => o.IsDue(asOf));
        if (due is not null)
        {
            var planned = due.PlannedCompletion!.Value;
            return (true,
                $"{ChineseDate(due.Reply.Date)}答复承诺于{ChineseDate(planned)}前完成，截至{ChineseDate(asOf)}尚未回头看。",
                $"The reply of {IsoDate(due.Reply.Date)} promised completion by {IsoDate(planned)}; as of {IsoDate(asOf)} it has not been followed up.");
        }

        var open = obligations.FirstOrDefault(o => o.IsOpen);
        if (open is null)
        {
            return (false, "承诺事项均已回头看。", "Every promise has been followed up.");
        }

        return open.PlannedCompletion is { } date
            ? (false, $"承诺完成日期{ChineseDate(date)}，截至{ChineseDate(asOf)}尚未到期。", $"The promised completion date {IsoDate(date)} is not before {IsoDate(asOf)}.")
            : (false, "答复未写明计划完成时间，无法确定回头看时间。", "The reply gives no planned completion date, so no follow-up can fall due.");
    }
}

/// <summary>The shared wording of the result-based classes.</summary>
internal static class ResultVerdicts
{
    internal static (bool IsMember, string Chinese, string English) Decide(
        ItemState item, ClassificationScheme scheme, Func<CategoryDefinition, bool> predicate, string chineseClass, string englishClass)
    {
        if (scheme.StandingResult(item) is not { } code)
        {
            return (false, $"尚未答复，没有办理结果，不属于{chineseClass}。", $"Not replied yet: no result, so not {englishClass}.");
        }

        if (!scheme.TryGet(code, out var definition))
        {
            return (false, $"办理结果{code}不在分类方案{scheme.Name}中，不属于{chineseClass}。", $"The result {code} is not in the scheme {scheme.Name}, so not {englishClass}.");
        }

        return predicate(definition)
            ? (true, $"办理结果为{definition}，属于{chineseClass}。", $"Result {code} ({definition.EnglishLabel}) counts as {englishClass}.")
            : (false, $"办理结果为{definition}，不属于{chineseClass}。", $"Result {code} ({definition.EnglishLabel}) does not count as {englishClass}.");
    }
}
