#!/usr/bin/env -S dotnet run
// 逾期未答复与催办: the figures an office asks for most, from an items ledger (CSV) or an item-history document (JSON).
//   dotnet run overdue.cs -- items.csv 2026-01-15 [WORKING-DAYS]
// prints the overdue items by lead unit (逾期未答复), then the 催办 list: every unanswered item whose reply deadline has
// passed or falls within WORKING-DAYS working days (default 10), soonest first. A .NET 10 file-based app.
#:package LianLuo.Domain@1.0.0
#:package LianLuo.Domain.Ledger@1.0.0
#:property ManagePackageVersionsCentrally=false

using System.Globalization;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

var file = args.Length > 0 ? args[0] : "items.csv";
var engine = DeadlineEngine.Default;
var asOf = args.Length > 1 ? LocalDatePattern.Iso.Parse(args[1]).GetValueOrThrow() : engine.CurrentDate(SystemClock.Instance);
var window = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;

IReadOnlyList<HandledItem> items;
if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
{
    var document = ItemDocumentReader.ReadFile(file, new ItemDocumentReadOptions { Deadlines = engine, AsOf = asOf });
    foreach (var error in document.Errors)
    {
        Console.Error.WriteLine(error);
    }

    if (!document.IsValid)
    {
        return 2;
    }

    items = document.Items;
}
else
{
    var ledger = LedgerReader.ReadItemsFile(file, new LedgerReadOptions(asOf) { Deadlines = engine });
    foreach (var error in ledger.Errors)
    {
        Console.Error.WriteLine(error);
    }

    if (!ledger.IsValid)
    {
        return 2;
    }

    items = ledger.Rows;
}

// Items not yet answered, with their reply deadline (情况复杂, 延期 and the policy's start event included).
var open = items
    .Where(i => i.Submission.Kind != SubmissionKind.Motion && i.State.FirstRepliedOn is null && engine.ReplyDeadline(i.State) is not null)
    .Select(i => (Item: i, Unit: i.State.Assignment?.LeadUnit?.Name ?? "(分办)", Deadline: engine.ReplyDeadline(i.State)!.Date))
    .ToList();

var overdue = open.Where(o => o.Deadline < asOf).ToList();
Console.WriteLine($"截至{LocalDatePattern.Iso.Format(asOf)}，逾期未答复{overdue.Count}件：");
foreach (var group in overdue.GroupBy(o => o.Unit).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {group.Key}\t{group.Count()}件（{string.Join("、", group.Select(o => o.Item.Id.Value).Order(StringComparer.Ordinal))}）");
}

var due = open.Where(o => o.Deadline < asOf || engine.Calendar.WorkingDaysBetween(asOf, o.Deadline) <= window).OrderBy(o => o.Deadline).ThenBy(o => o.Item.Id).ToList();
Console.WriteLine();
Console.WriteLine($"催办清单（逾期未答复或{window}个工作日内到期）{due.Count}件：");
foreach (var (item, unit, deadline) in due)
{
    var days = engine.Calendar.WorkingDaysBetween(asOf, deadline);
    var when = deadline < asOf ? $"已逾期{-days}个工作日" : $"还有{days}个工作日";
    Console.WriteLine($"  {item.Id}\t{DisplayNames.Chinese(item.Submission.Kind)}\t{unit}\t答复期限{LocalDatePattern.Iso.Format(deadline)}\t{when}\t{item.Submission.Title}");
}

return 0;
