using System.Text.Json;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;
using LianLuo.Domain.Timeliness;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Service;

/// <summary>The names the service writes: the document's (items-json.md) for kinds, ISO dates.</summary>
internal static class Names
{
    internal static string Kind(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Suggestion => "suggestion",
        SubmissionKind.Proposal => "proposal",
        _ => "motion",
    };

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string? Date(LocalDate? date) => date is { } d ? Date(d) : null;

    internal static string Camel(string name) => string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>One deadline of an item, explained: what it is, for which unit, its date, and why (民法典 arts. 201-203).</summary>
/// <param name="Kind">The deadline (reply, complexReply, rehandling, extensionLimit, coHandlingOpinion, faceToFaceBeforeHandling, satisfactionForm, signIn, return).</param>
/// <param name="Name">Its Chinese name (答复期限, …).</param>
/// <param name="Unit">The unit it binds, for a unit's own deadline (签收, 退回, a 分办 unit's reply); null for the item's.</param>
/// <param name="Date">The deadline (YYYY-MM-DD).</param>
/// <param name="Provisional">Whether it depends on a holiday notice not yet published.</param>
/// <param name="Rule">The rule in Chinese, e.g. 自交办之日起3个月.</param>
/// <param name="StartDate">The day the period runs from (not counted).</param>
/// <param name="WorkingDaysLeft">Working days from today to the deadline (negative once passed).</param>
/// <param name="Explanation">Why this date, line by line (Chinese).</param>
/// <param name="ExplanationEnglish">The same in English.</param>
internal sealed record DeadlineView(
    string Kind,
    string Name,
    string? Unit,
    string Date,
    bool Provisional,
    string Rule,
    string StartDate,
    int WorkingDaysLeft,
    IReadOnlyList<string> Explanation,
    IReadOnlyList<string> ExplanationEnglish);

/// <summary>The reply deadline's status today.</summary>
/// <param name="Status">notYetDue, dueSoon, overdue, seriouslyOverdue, repliedOnTime or repliedLate.</param>
/// <param name="Name">Its Chinese name (未到期, …).</param>
/// <param name="AsOf">Today (YYYY-MM-DD, in the configured time zone).</param>
/// <param name="Deadline">The reply deadline, or null before it runs.</param>
/// <param name="RepliedOn">The first reply's date, or null.</param>
internal sealed record StatusView(string Status, string Name, string AsOf, string? Deadline, string? RepliedOn);

/// <summary>An item: its state, its reply status today, every deadline explained, and its history as items-json.md's item object.</summary>
/// <param name="Id">The id (编号).</param>
/// <param name="Version">The stored version (also the ETag).</param>
/// <param name="Kind">suggestion, proposal or motion.</param>
/// <param name="Title">The title.</param>
/// <param name="Phase">The handling phase (English name).</param>
/// <param name="PhaseName">The handling phase (Chinese name).</param>
/// <param name="Units">The currently assigned units with their roles.</param>
/// <param name="AssignedOn">The first 交办.</param>
/// <param name="FirstRepliedOn">The first reply, or null.</param>
/// <param name="ClosedOn">The 办结, or null.</param>
/// <param name="Result">The latest result category, or null.</param>
/// <param name="FinalSatisfaction">The final satisfaction (Chinese), or null.</param>
/// <param name="Rounds">How many handling rounds (2 or more after 重新办理).</param>
/// <param name="Status">The reply deadline's status today.</param>
/// <param name="Deadlines">Every deadline of the item that runs, explained.</param>
/// <param name="Item">The history, exactly as PUT /items/{id} takes it.</param>
internal sealed record ItemView(
    string Id,
    int Version,
    string Kind,
    string Title,
    string Phase,
    string PhaseName,
    IReadOnlyList<string> Units,
    string? AssignedOn,
    string? FirstRepliedOn,
    string? ClosedOn,
    string? Result,
    string? FinalSatisfaction,
    int Rounds,
    StatusView Status,
    IReadOnlyList<DeadlineView> Deadlines,
    JsonElement Item);

/// <summary>One line of the 催办 list: an open obligation whose deadline has passed or falls within the window.</summary>
/// <param name="Id">The item.</param>
/// <param name="Version">Its stored version.</param>
/// <param name="Kind">suggestion, proposal or motion.</param>
/// <param name="Title">The title.</param>
/// <param name="Unit">The unit that owes the reply (the 主办, or a 分办 unit).</param>
/// <param name="Deadline">reply, complexReply or rehandling.</param>
/// <param name="DeadlineName">Its Chinese name.</param>
/// <param name="Date">The deadline.</param>
/// <param name="WorkingDaysLeft">Working days from today to the deadline (negative when passed).</param>
/// <param name="Overdue">Whether the deadline has passed.</param>
internal sealed record DueView(string Id, int Version, string Kind, string Title, string? Unit, string Deadline, string DeadlineName, string Date, int WorkingDaysLeft, bool Overdue);

/// <summary>The 催办 list as of today.</summary>
/// <param name="AsOf">Today.</param>
/// <param name="Within">The window in working days.</param>
/// <param name="Items">The open obligations, soonest first.</param>
internal sealed record DueList(string AsOf, int Within, IReadOnlyList<DueView> Items);

/// <summary>What an import stored.</summary>
/// <param name="Items">Items stored.</param>
/// <param name="Created">Of them, new.</param>
/// <param name="Replaced">Of them, replacing a stored history.</param>
/// <param name="Activities">Activities added.</param>
internal sealed record ImportResult(int Items, int Created, int Replaced, int Activities);

/// <summary>Builds the views from the library's state and explained deadlines.</summary>
internal static class ItemViews
{
    private static readonly DeadlineKind[] ItemDeadlines =
    [
        DeadlineKind.Reply, DeadlineKind.Rehandling, DeadlineKind.ExtensionLimit, DeadlineKind.CoHandlingOpinion,
        DeadlineKind.FaceToFaceBeforeHandling, DeadlineKind.SatisfactionForm,
    ];

    internal static ItemView Of(StoredItem stored, DeadlineEngine engine, LocalDate today)
    {
        var item = stored.Item;
        var state = item.State;
        var status = engine.Status(state, today);
        using var document = JsonDocument.Parse(ItemDocumentWriter.WriteItemText(item));
        return new ItemView(
            item.Id.Value,
            stored.Version,
            Names.Kind(item.Submission.Kind),
            item.Submission.Title,
            DisplayNames.English(state.Phase),
            DisplayNames.Chinese(state.Phase),
            state.Assignment is { } assigned ? [.. assigned.Assignments.Select(a => $"{a.Unit.Name} ({DisplayNames.Chinese(a.Role)})")] : [],
            Names.Date(state.FirstAssignedOn),
            Names.Date(state.FirstRepliedOn),
            Names.Date(state.ClosedOn),
            state.LatestCategory?.Code,
            state.FinalSatisfaction is { } level ? DisplayNames.Chinese(level) : null,
            state.Rounds.Count,
            new StatusView(Names.Camel(status.Status.ToString()), TimelinessNames.Chinese(status.Status), Names.Date(today), Names.Date(status.Deadline?.Date), Names.Date(status.RepliedOn)),
            [.. Deadlines(state, engine, today)],
            document.RootElement.Clone());
    }

    /// <summary>Every deadline that runs for the item: the item's own, then each unit's (签收, 退回, a 分办 unit's reply).</summary>
    internal static IEnumerable<DeadlineView> Deadlines(ItemState state, DeadlineEngine engine, LocalDate today)
    {
        foreach (var kind in ItemDeadlines)
        {
            if (engine.DeadlineFor(kind, state) is { } deadline)
            {
                yield return View(deadline, deadline.Explanation.Kind ?? kind, null, engine, today);
            }
        }

        if (state.Assignment is not { } assigned)
        {
            yield break;
        }

        foreach (var assignment in assigned.Assignments.Where(a => !state.ReleasedUnits.Contains(a.Unit)))
        {
            var unit = assignment.Unit;
            if (state.IsSeparateHandling && engine.ReplyDeadline(state.ForUnit(unit)) is { } reply)
            {
                yield return View(reply, reply.Explanation.Kind ?? DeadlineKind.Reply, unit.Name, engine, today);
            }

            if (engine.SignInDeadline(state, unit) is { } signIn)
            {
                yield return View(signIn, DeadlineKind.SignIn, unit.Name, engine, today);
            }

            if (engine.ReturnDeadline(state, unit) is { } returnBy)
            {
                yield return View(returnBy, DeadlineKind.Return, unit.Name, engine, today);
            }
        }
    }

    /// <summary>
    /// The 催办 list: for every item, each reply still owed (the item's, or each 分办 unit's; of the current round, so a
    /// re-handled item's re-handling deadline) whose deadline has passed or falls within <paramref name="within"/> working
    /// days of today, soonest first.
    /// </summary>
    internal static IEnumerable<DueView> Due(IEnumerable<StoredItem> items, DeadlineEngine engine, LocalDate today, int within)
    {
        var due = new List<DueView>();
        foreach (var stored in items)
        {
            var state = stored.Item.State;
            if (state.ClosedOn is not null || state.Assignment is null)
            {
                continue;
            }

            var owed = state.IsSeparateHandling
                ? state.Parts.Select(p => (Unit: (HandlingUnit?)p.Unit, State: state.ForUnit(p.Unit)))
                : [(state.Assignment.LeadUnit, state)];
            foreach (var (unit, part) in owed)
            {
                if (part.CurrentRound is { IsReplied: true })
                {
                    continue;
                }

                var deadline = part.Rounds.Count > 1 ? engine.RehandlingDeadline(part) : engine.ReplyDeadline(part);
                if (deadline is null)
                {
                    continue;
                }

                var left = engine.Calendar.WorkingDaysBetween(today, deadline.Date);
                if (deadline.Date < today || left <= within)
                {
                    var kind = deadline.Explanation.Kind ?? DeadlineKind.Reply;
                    var item = stored.Item;
                    due.Add(new DueView(
                        item.Id.Value, stored.Version, Names.Kind(item.Submission.Kind), item.Submission.Title, unit?.Name,
                        Names.Camel(kind.ToString()), DeadlineNames.Chinese(kind), Names.Date(deadline.Date), left, deadline.Date < today));
                }
            }
        }

        return due.OrderBy(d => d.Date, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Unit, StringComparer.Ordinal);
    }

    /// <summary>The item as it stood at the end of a day: its events up to that day (null when it was not yet assigned).</summary>
    internal static HandledItem? AsOf(HandledItem item, LocalDate asOf, DeadlineEngine engine)
    {
        if (item.History.All(e => e.Date <= asOf))
        {
            return item;
        }

        var before = item.History.TakeWhile(e => e.Date <= asOf).ToList();
        return before.Count > 0 && HandledItem.TryCreate(item.Submission, before, engine, out var earlier, out _) ? earlier : null;
    }

    private static DeadlineView View(Deadline deadline, DeadlineKind kind, string? unit, DeadlineEngine engine, LocalDate today) => new(
        Names.Camel(kind.ToString()),
        DeadlineNames.Chinese(kind),
        unit,
        Names.Date(deadline.Date),
        deadline.IsProvisional,
        deadline.Explanation.Rule.ToChinese(),
        Names.Date(deadline.Explanation.StartDate),
        engine.Calendar.WorkingDaysBetween(today, deadline.Date),
        deadline.Explanation.ToLines(ExplanationLanguage.Chinese),
        deadline.Explanation.ToLines(ExplanationLanguage.English));
}
