namespace LianLuo.Domain.Evaluation;

/// <summary>
/// Which optional facts the data behind an assessment records at all. A ledger without the 签收日期 column says nothing
/// about signing, so an indicator or a rule that needs it is not applicable (and says so) instead of scoring every item
/// as if it failed (ledger.md §1.1). An item history (events, JSON documents) records them all.
/// </summary>
[Flags]
public enum RecordedFacts
{
    /// <summary>None of the optional facts.</summary>
    None = 0,

    /// <summary>签收: when each unit signed for the item (the ledger's 签收日期 column).</summary>
    Receipts = 1,

    /// <summary>计划完成日期: the planned completion a B (planned) reply promises.</summary>
    PlannedCompletions = 2,

    /// <summary>未解决原因: why a C reply cannot solve the matter now.</summary>
    UnsolvedReasons = 4,

    /// <summary>Every optional fact (an item history records them all).</summary>
    All = Receipts | PlannedCompletions | UnsolvedReasons,
}

/// <summary>Chinese names of <see cref="RecordedFacts"/>. Stateless and thread-safe.</summary>
public static class RecordedFactsNames
{
    /// <summary>The Chinese names of the facts in a set, e.g. 签收日期、计划完成日期.</summary>
    public static string Chinese(RecordedFacts facts)
    {
        var names = new List<string>();
        if (facts.HasFlag(RecordedFacts.Receipts))
        {
            names.Add("签收日期");
        }

        if (facts.HasFlag(RecordedFacts.PlannedCompletions))
        {
            names.Add("计划完成日期");
        }

        if (facts.HasFlag(RecordedFacts.UnsolvedReasons))
        {
            names.Add("未解决原因");
        }

        return string.Join("、", names);
    }
}
