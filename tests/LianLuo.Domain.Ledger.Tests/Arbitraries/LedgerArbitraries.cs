using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;

namespace LianLuo.Domain.Ledger.Tests.Arbitraries;

/// <summary>Items in the shape a ledger gives (unique ids), shown by id when a property fails.</summary>
public sealed record ItemList(IReadOnlyList<HandledItem> Items)
{
    public override string ToString() => $"{Items.Count} items: {string.Join(" | ", Items.Select(i => string.Join(";", i.History.Select(e => e.ToString()))))}";
}

/// <summary>Activities as a ledger gives them.</summary>
public sealed record ActivityList(IReadOnlyList<LiaisonActivity> Activities)
{
    public override string ToString() => string.Join(" | ", Activities);
}

/// <summary>A change to a ledger's bytes, named for the failure report.</summary>
public sealed record Mutation(string Name, Func<byte[], byte[]> Apply)
{
    public override string ToString() => Name;
}

/// <summary>A ledger (items or activities) with mutations applied to its bytes.</summary>
public sealed record MutatedLedger(bool IsItems, byte[] Original, IReadOnlyList<Mutation> Mutations)
{
    public byte[] Bytes() => Mutations.Aggregate(Original, (bytes, m) => m.Apply(bytes));

    public override string ToString() => $"{(IsItems ? "items" : "activities")} ledger of {Original.Length} bytes, mutated by {string.Join(", ", Mutations)}";
}

/// <summary>
/// Generators of ledgers: items built event by event in the documented ledger shape (with values that need quoting
/// or the formula guard), activities, and mutations of their bytes.
/// </summary>
public static class LedgerArbitraries
{
    /// <summary>Every event of a generated ledger is on or before this date.</summary>
    public static readonly LocalDate AsOf = new(2030, 12, 31);

    private static readonly string[] Texts =
    [
        "关于加强中小学课后服务的建议", "=SUM(A1:A9)", "+86 电话", "-负号开头", "@提及", "'=已有撇号", "''+两个撇号", "'单撇号",
        "含,逗号", "含\"引号\"的标题", "多行\n标题", "Windows\r\n换行", "内部  空格", "Ａ全角字母", "表情🎉", "#井号开头", "a'b", "；分号",
    ];

    private static readonly string[] Units =
        ["市教育局", "市卫生健康委", "=市财政局", "-市民政局", "@市数据局", "市\"引号\"局", "'+市体育局", "市医保局", "市水务局", "市 交通 局", "#市商务局"];

    private static readonly string[] People = ["张红梅", "王伟", "=李某", "'-赵某", "O'Brien", "欧阳 修"];

    private static Gen<string> Text => Gen.Elements(Texts);

    private static Gen<LocalDate> DateIn(LocalDate from, int days) => Gen.Choose(0, days).Select(d => from.PlusDays(d));

    public static Arbitrary<ItemList> ItemLists() =>
        Gen.Sized(size => Gen.Choose(0, Math.Min(size, 12)))
            .SelectMany(n => Gen.CollectToList(Enumerable.Range(1, n).ToList(), Item))
            .Select(items => new ItemList(items))
            .ToArbitrary();

    public static Arbitrary<ActivityList> ActivityLists() =>
        Gen.Sized(size => Gen.Choose(0, Math.Min(size, 12)))
            .SelectMany(n => Gen.ListOf(Activity, n))
            .Select(a => new ActivityList([.. a]))
            .ToArbitrary();

    public static Arbitrary<MutatedLedger> MutatedLedgers() =>
        (from isItems in Gen.Elements(true, false)
         from original in isItems
             ? ItemLists().Generator.Select(l => LedgerTestKit.ItemsBytes(l.Items))
             : ActivityLists().Generator.Select(l => LedgerTestKit.ActivitiesBytes(l.Activities))
         from count in Gen.Choose(1, 3)
         from mutations in Gen.ListOf(Mutation, count)
         select new MutatedLedger(isItems, original, [.. mutations]))
        .ToArbitrary();

    private static Gen<LiaisonActivity> Activity =>
        from date in DateIn(new LocalDate(2020, 1, 1), 3000)
        from type in Gen.Elements(Enum.GetValues<ActivityType>())
        from topic in Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t))
        from leaders in Gen.Choose(0, 30)
        from members in Gen.Choose(0, 300)
        select new LiaisonActivity(date, type, topic, leaders, members);

    private static Gen<HandledItem> Item(int index) =>
        from kind in Gen.Elements(SubmissionKind.Suggestion, SubmissionKind.Proposal, SubmissionKind.Motion)
        from idText in Text
        from title in Text
        from proposer in Gen.Elements(People)
        from units in Gen.Shuffle(Units)
        from coCount in Gen.Choose(0, 3)
        from assignedOn in DateIn(new LocalDate(2020, 1, 1), 2000)
        from isComplex in Gen.Elements(false, false, true)
        from isKey in Gen.Elements(false, true)
        from supervisor in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(People).Select(p => (string?)p))
        from extensionDays in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 40))
        from counts in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 9))), 3)
        from stage in Gen.Choose(0, 6)
        from replyDays in Gen.Choose(0, 300)
        from category in Gen.Elements(ResultCategory.A, ResultCategory.B, ResultCategory.C)
        from feedbackDays in Gen.Choose(0, 60)
        from level in Gen.Elements(SatisfactionLevel.Satisfied, SatisfactionLevel.BasicallySatisfied, SatisfactionLevel.Unsatisfied)
        from rereplyDays in Gen.Choose(0, 60)
        from relevel in Gen.Elements(SatisfactionLevel.Satisfied, SatisfactionLevel.BasicallySatisfied, SatisfactionLevel.Unsatisfied)
        select Build(
            new Submission(
                new ItemId($"{idText}#{index}"),
                kind,
                title,
                assignedOn.Year,
                kind == SubmissionKind.Proposal ? new Member(proposer) : new Deputy(proposer),
                isKey: isKey),
            assignedOn,
            units[0],
            units.Skip(1).Take(coCount),
            isComplex,
            supervisor,
            extensionDays,
            counts,
            stage,
            assignedOn.PlusDays(replyDays),
            category,
            assignedOn.PlusDays(replyDays + feedbackDays),
            stage >= 4 ? SatisfactionLevel.Unsatisfied : level,
            assignedOn.PlusDays(replyDays + feedbackDays + rereplyDays),
            relevel);

    /// <summary>
    /// Builds the history as the ledger reader documents it. <paramref name="stage"/>: 0-1 not replied, 2 replied,
    /// 3 feedback, 4 unsatisfied without re-handling reply, 5 re-handled, 6 re-handled with a second form.
    /// </summary>
    private static HandledItem Build(
        Submission submission,
        LocalDate assignedOn,
        string lead,
        IEnumerable<string> coUnits,
        bool isComplex,
        string? supervisor,
        int extensionDays,
        int[] counts,
        int stage,
        LocalDate repliedOn,
        ResultCategory category,
        LocalDate feedbackOn,
        SatisfactionLevel level,
        LocalDate rerepliedOn,
        SatisfactionLevel relevel)
    {
        var history = new List<HandlingEvent> { new Assigned(assignedOn, [Assignment.Lead(lead), .. coUnits.Select(Assignment.CoHandling)], isComplex) };
        if (supervisor is not null)
        {
            history.Add(new Supervised(assignedOn, supervisor));
        }

        var engine = DeadlineEngine.Default;
        if (extensionDays > 0 && !isComplex)
        {
            var extendedTo = engine.RegularReplyDate(submission.Kind, assignedOn, false).Date.PlusDays(extensionDays);
            if (engine.Calendar.NextWorkingDayOnOrAfter(extendedTo) <= engine.ExtensionLimit(submission.Kind, assignedOn).Date)
            {
                history.Add(new Extended(assignedOn, extendedTo));
            }
        }

        var modes = new[] { CommunicationMode.FaceToFace, CommunicationMode.Phone, CommunicationMode.Visit };
        for (var i = 0; i < modes.Length; i++)
        {
            if (counts[i] > 0)
            {
                history.Add(new Communicated(assignedOn, CommunicationStage.DuringHandling, modes[i], counts[i]));
            }
        }

        if (stage >= 2)
        {
            history.Add(new Replied(repliedOn, category));
        }

        if (stage >= 3)
        {
            history.Add(new FeedbackReceived(feedbackOn, level));
        }

        if (stage >= 5)
        {
            history.Add(new RehandlingStarted(feedbackOn));
            history.Add(new Replied(rerepliedOn, null));
        }

        if (stage >= 6)
        {
            history.Add(new FeedbackReceived(rerepliedOn, relevel));
        }

        return new HandledItem(submission, history);
    }

    private static Gen<Mutation> Mutation =>
        Gen.OneOf(
            from line in Gen.Choose(0, 20)
            from cell in Gen.Choose(0, 25)
            select TextEdit($"drop cell {cell} of line {line}", lines => Edit(lines, line, cells => cells.RemoveAt(cell % cells.Count))),
            from line in Gen.Choose(0, 20)
            from a in Gen.Choose(0, 25)
            from b in Gen.Choose(0, 25)
            select TextEdit($"swap cells {a} and {b} of line {line}", lines => Edit(lines, line, cells => (cells[a % cells.Count], cells[b % cells.Count]) = (cells[b % cells.Count], cells[a % cells.Count]))),
            from line in Gen.Choose(0, 20)
            select TextEdit($"duplicate line {line}", lines => lines.Insert(line % lines.Count, lines[line % lines.Count])),
            from line in Gen.Choose(0, 20)
            from prefix in Gen.Elements("\0", "#", "\t", "\uFEFF", "\"")
            select TextEdit($"prefix line {line} with U+{(int)prefix[0]:X4}", lines => lines[line % lines.Count] = prefix + lines[line % lines.Count]),
            from line in Gen.Choose(0, 20)
            select TextEdit($"delete line {line}", lines => lines.RemoveAt(line % lines.Count)),
            from line in Gen.Choose(0, 20)
            from cell in Gen.Choose(0, 25)
            from length in Gen.Choose(10_000, 60_000)
            from quoted in Gen.Elements(false, true)
            select TextEdit($"huge field ({length} chars, quoted {quoted}) in cell {cell} of line {line}", lines => Edit(lines, line, cells => cells[cell % cells.Count] = quoted ? "\"" + new string('长', length) + "\"" : new string('x', length))),
            from position in Gen.Choose(0, 100_000)
            from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 5)
            select Bytes($"insert random bytes at {position}", data => [.. data.AsSpan(0, position % (data.Length + 1)), .. bytes, .. data.AsSpan(position % (data.Length + 1))]),
            from position in Gen.Choose(0, 100_000)
            from quote in Gen.Elements("\"", "\"\"", "\"x\"y", ",\"")
            select Bytes($"insert {quote} at {position}", data => [.. data.AsSpan(0, position % (data.Length + 1)), .. Encoding.UTF8.GetBytes(quote), .. data.AsSpan(position % (data.Length + 1))]),
            from position in Gen.Choose(0, 100_000)
            select Bytes($"truncate at {position}", data => data[..(position % (data.Length + 1))]),
            from codePage in Gen.Elements(54936, 936, 950, 932, 1200, 1201, 28591, 1252)
            select Bytes($"re-encode as code page {codePage}", data => Reencode(data, codePage)));

    private static Mutation TextEdit(string name, Action<List<string>> edit) =>
        new(name, data =>
        {
            var lines = Encoding.UTF8.GetString(data).Split('\n').ToList();
            if (lines.Count > 0)
            {
                edit(lines);
            }

            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        });

    private static Mutation Bytes(string name, Func<byte[], byte[]> apply) => new(name, apply);

    private static void Edit(List<string> lines, int line, Action<List<string>> edit)
    {
        var cells = lines[line % lines.Count].Split(',').ToList();
        if (cells.Count > 0)
        {
            edit(cells);
        }

        lines[line % lines.Count] = string.Join(',', cells);
    }

    private static byte[] Reencode(byte[] data, int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(codePage);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Encoding.UTF8.GetString(data))];
    }
}
