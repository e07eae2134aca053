using LianLuo.Domain.Model;

namespace LianLuo.Domain.Deadlines;

/// <summary>
/// Deadline policies of documented local rules beside the default (代表法 2025 art. 51 and ledger.md §2), each built on the
/// default and changing only what the local text says. The figures come from published regulations collected in
/// <c>shared/design/local-rules.md</c>; where a source is a mirror, treat a preset as an example of the shape. Also
/// available by name (<see cref="ByName"/>) and as JSON (<c>Serialization.DeadlinePolicyJson</c>). Immutable and thread-safe.
/// </summary>
public static class DeadlinePolicyPresets
{
    private static readonly Lazy<DeadlinePolicy> SichuanPolicy = new(BuildSichuan);
    private static readonly Lazy<DeadlinePolicy> ShandongPolicy = new(BuildShandong);
    private static readonly Lazy<DeadlinePolicy> CityNotice2008Policy = new(BuildCityNotice2008);
    private static readonly Lazy<IReadOnlyDictionary<string, DeadlinePolicy>> Named = new(() => new Dictionary<string, DeadlinePolicy>(StringComparer.OrdinalIgnoreCase)
    {
        ["default"] = DeadlinePolicy.Default,
        ["sichuan"] = Sichuan2024,
        ["shandong"] = Shandong,
        ["city-notice-2008"] = CityNotice2008,
    });

    /// <summary>
    /// Sichuan provincial government measures (2024): 建议 answered within 3 months, 提案 of the plenary session within 5
    /// months, counted from receipt (收到之日, here 签收); an extension up to 6 months with the 办公厅's consent (the
    /// extension limit, also from 签收); a complex item has the 6 months at most. 议案 keep the default. The measures'
    /// 3 months for 提案 raised between sessions is not modelled (a policy cannot tell session items apart): use the
    /// default for those.
    /// </summary>
    public static DeadlinePolicy Sichuan2024 => SichuanPolicy.Value;

    /// <summary>
    /// Shandong provincial government measures: 3 months counted from receipt (签收), 6 for a complex item and as the
    /// extension limit (an extension is explained to the assigning body); a unit may ask to return an item within 5
    /// days of receipt (退回, calendar days). 议案 keep the default.
    /// </summary>
    public static DeadlinePolicy Shandong => ShandongPolicy.Value;

    /// <summary>
    /// A city notice (2008, named in local-rules.md as an example of the shape): 3 months from receipt (签收), at most 1
    /// month more with approval (extension limit 4 months), returns within 10 days of receipt, 会办 opinions within 1
    /// month. A complex item has the 4 months at most.
    /// </summary>
    public static DeadlinePolicy CityNotice2008 => CityNotice2008Policy.Value;

    /// <summary>The presets by name: <c>default</c>, <c>sichuan</c>, <c>shandong</c>, <c>city-notice-2008</c> (case-insensitive).</summary>
    public static IReadOnlyDictionary<string, DeadlinePolicy> ByName => Named.Value;

    private static PeriodRule FromReceipt(DeadlinePeriod period) => PeriodRule.After(StartEvent.Received, period);

    private static DeadlinePolicyBuilder ItemsFromReceipt(DeadlinePolicyBuilder builder, DeadlineKind kind, DeadlinePeriod period) =>
        builder.Set(kind, SubmissionKind.Suggestion, FromReceipt(period)).Set(kind, SubmissionKind.Proposal, FromReceipt(period));

    private static DeadlinePolicy BuildSichuan()
    {
        var builder = DeadlinePolicy.Default.ToBuilder()
            .Set(DeadlineKind.Reply, SubmissionKind.Suggestion, FromReceipt(DeadlinePeriod.Months(3)))
            .Set(DeadlineKind.Reply, SubmissionKind.Proposal, FromReceipt(DeadlinePeriod.Months(5)));
        ItemsFromReceipt(builder, DeadlineKind.ComplexReply, DeadlinePeriod.Months(6));
        ItemsFromReceipt(builder, DeadlineKind.ExtensionLimit, DeadlinePeriod.Months(6));
        return builder.Build();
    }

    private static DeadlinePolicy BuildShandong()
    {
        var builder = DeadlinePolicy.Default.ToBuilder();
        ItemsFromReceipt(builder, DeadlineKind.Reply, DeadlinePeriod.Months(3));
        ItemsFromReceipt(builder, DeadlineKind.ComplexReply, DeadlinePeriod.Months(6));
        ItemsFromReceipt(builder, DeadlineKind.ExtensionLimit, DeadlinePeriod.Months(6));
        return builder.Set(DeadlineKind.Return, FromReceipt(DeadlinePeriod.Days(5))).Build();
    }

    private static DeadlinePolicy BuildCityNotice2008()
    {
        var builder = DeadlinePolicy.Default.ToBuilder();
        ItemsFromReceipt(builder, DeadlineKind.Reply, DeadlinePeriod.Months(3));
        ItemsFromReceipt(builder, DeadlineKind.ComplexReply, DeadlinePeriod.Months(4));
        ItemsFromReceipt(builder, DeadlineKind.ExtensionLimit, DeadlinePeriod.Months(4));
        return builder
            .Set(DeadlineKind.Return, FromReceipt(DeadlinePeriod.Days(10)))
            .Set(DeadlineKind.CoHandlingOpinion, PeriodRule.After(StartEvent.Assigned, DeadlinePeriod.Months(1)))
            .Build();
    }
}
