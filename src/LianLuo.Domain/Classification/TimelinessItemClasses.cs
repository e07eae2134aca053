using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;
using LianLuo.Domain.Timeliness;
using NodaTime;

namespace LianLuo.Domain.Classification;

/// <summary>
/// The shared base of the timeliness classes: membership by the item's <see cref="ReportStatus"/> from
/// <see cref="TimelinessJudge"/> (ledger spec §3, <see cref="OnTimeRule"/>: onTime = replied ≤ D, late = replied &gt; D,
/// overdue = not replied and asOf &gt; D), named by <see cref="TimelinessNames"/>. Immutable and thread-safe.
/// </summary>
internal abstract class TimelinessItemClass : ItemClass
{
    private readonly ReportStatus status;

    /// <summary>Creates a timeliness class.</summary>
    /// <param name="engine">The deadline engine.</param>
    /// <param name="status">The status of the members.</param>
    /// <param name="name">A stable identifier.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="rule">The membership rule in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    private protected TimelinessItemClass(DeadlineEngine engine, ReportStatus status, string name, string chineseName, string englishName, string rule)
        : base(name, chineseName, englishName, rule)
    {
        Engine = Preconditions.CheckNotNull(engine);
        this.status = status;
    }

    /// <summary>The deadline engine.</summary>
    public DeadlineEngine Engine { get; }

    /// <inheritdoc/>
    protected sealed override (bool IsMember, string Chinese, string English) Decide(ItemState item, LocalDate asOf)
    {
        var result = Engine.Status(item, asOf);
        var member = result.ReportStatus == status;
        var verdict = member ? $"，属于{ChineseName}" : $"，不属于{ChineseName}";
        var englishVerdict = member ? $"; {EnglishName}" : $"; not {EnglishName}";
        if (result.Deadline is not { } deadline)
        {
            return (member, $"尚未交办，没有答复期限{verdict}。", $"Not assigned, so no reply deadline{englishVerdict}.");
        }

        var provisional = deadline.IsProvisional ? "（暂定）" : string.Empty;
        var englishProvisional = deadline.IsProvisional ? " (provisional)" : string.Empty;
        var due = result.Verdict?.Deadline ?? deadline.Date;
        var (chinese, english) = result.RepliedOn is { } replied
            ? OnTimeRule.IsOnTime(replied, due)
                ? ($"{ChineseDate(replied)}答复，未超过答复期限{ChineseDate(due)}{provisional}", $"Replied on {IsoDate(replied)}, by the deadline {IsoDate(due)}{englishProvisional}")
                : ($"{ChineseDate(replied)}答复，超过答复期限{ChineseDate(due)}{provisional}", $"Replied on {IsoDate(replied)}, after the deadline {IsoDate(due)}{englishProvisional}")
            : OnTimeRule.IsPast(asOf, due)
                ? ($"截至{ChineseDate(asOf)}未答复，已超过答复期限{ChineseDate(due)}{provisional}", $"Not replied as of {IsoDate(asOf)}, past the deadline {IsoDate(due)}{englishProvisional}")
                : ($"截至{ChineseDate(asOf)}未答复，答复期限{ChineseDate(due)}{provisional}未到", $"Not replied as of {IsoDate(asOf)}; the deadline {IsoDate(due)}{englishProvisional} has not passed");
        return (member, chinese + verdict + "。", english + englishVerdict + ".");
    }
}

/// <summary>Items replied (答复) on or before their reply deadline (按期答复). Immutable and thread-safe.</summary>
internal sealed class OnTimeItemClass : TimelinessItemClass
{
    /// <summary>Creates the class.</summary>
    /// <param name="engine">The deadline engine.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public OnTimeItemClass(DeadlineEngine engine)
        : base(engine, ReportStatus.OnTime, "on-time", TimelinessNames.OnTime, TimelinessNames.EnglishOnTime, "The first reply (答复日期) is on or before the reply deadline.")
    {
    }
}

/// <summary>Items replied after their reply deadline (逾期答复). Immutable and thread-safe.</summary>
internal sealed class LateItemClass : TimelinessItemClass
{
    /// <summary>Creates the class.</summary>
    /// <param name="engine">The deadline engine.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public LateItemClass(DeadlineEngine engine)
        : base(engine, ReportStatus.Late, "late", TimelinessNames.Late, TimelinessNames.EnglishLate, "The first reply (答复日期) is after the reply deadline.")
    {
    }
}

/// <summary>Items not replied whose reply deadline has passed (逾期未答复). Immutable and thread-safe.</summary>
internal sealed class OverdueItemClass : TimelinessItemClass
{
    /// <summary>Creates the class.</summary>
    /// <param name="engine">The deadline engine.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public OverdueItemClass(DeadlineEngine engine)
        : base(engine, ReportStatus.Overdue, "overdue", TimelinessNames.Overdue, TimelinessNames.EnglishOverdue, "Not replied, and the as-of date is after the reply deadline.")
    {
    }
}
