using System.Globalization;
using System.Text.Json;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// One thing read from an item-history document, in document order: an item (its history folded and judged by the
/// handling model), an activity, or an error. Immutable and thread-safe.
/// </summary>
public sealed record ItemDocumentEntry
{
    private ItemDocumentEntry()
    {
    }

    /// <summary>The item read, when this entry is one.</summary>
    public HandledItem? Item { get; private init; }

    /// <summary>The activity read, when this entry is one.</summary>
    public LiaisonActivity? Activity { get; private init; }

    /// <summary>The error found, when this entry is one.</summary>
    public ItemDocumentError? Error { get; private init; }

    internal static ItemDocumentEntry Of(HandledItem item) => new() { Item = item };

    internal static ItemDocumentEntry Of(LiaisonActivity activity) => new() { Activity = activity };

    internal static ItemDocumentEntry Of(ItemDocumentError error) => new() { Error = error };
}

/// <summary>
/// The whole of an item-history document: its items, its activities (null when the document has no <c>activities</c>) and
/// every error. A document with any error is refused whole: <see cref="IsValid"/> is false and no caller should use its
/// items. Immutable and thread-safe.
/// </summary>
/// <param name="Items">The items read (those without errors), in document order.</param>
/// <param name="Activities">The activities, or null when the document has no <c>activities</c> member.</param>
/// <param name="Errors">Every error of the document, in document order.</param>
public sealed record ItemDocumentReadResult(EquatableArray<HandledItem> Items, EquatableArray<LiaisonActivity>? Activities, EquatableArray<ItemDocumentError> Errors)
{
    /// <summary>Whether the document has no error.</summary>
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// One handling event read alone (<see cref="ItemDocumentReader.ReadEvent(Stream, ItemDocumentReadOptions?)"/>): the event,
/// or none and every error. Immutable and thread-safe.
/// </summary>
/// <param name="Event">The event read, or null when there is any error.</param>
/// <param name="Errors">Every error, in document order.</param>
public sealed record HandlingEventReadResult(HandlingEvent? Event, EquatableArray<ItemDocumentError> Errors)
{
    /// <summary>Whether the event was read without error.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Event))]
    public bool IsValid => Errors.Count == 0 && Event is not null;
}

/// <summary>
/// Reads the item-history document, version 1 (<c>items-json.md</c>), from a stream with <see cref="Utf8JsonReader"/> over
/// a small buffer: the text is never held whole, and <see cref="ReadEntries"/> yields each item as soon as it is read,
/// so a document of a million items is read in the memory of one item. Every problem is reported (file, line, JSON
/// path, reason, value), not only the first; each history is folded by <see cref="HandledItem.TryCreate"/> on the
/// options' deadline engine, so a document can never hold a state the handling model forbids. Stateless and
/// thread-safe; no reflection (AOT- and trimming-safe).
/// </summary>
/// <example>
/// <code>
/// var result = ItemDocumentReader.ReadFile("items.json");
/// if (!result.IsValid)
/// {
///     foreach (IProblem problem in result.Errors)
///     {
///         Console.Error.WriteLine($"{Problem.Format(problem)} [{problem.Code}]");  // e.g. items.json:1: $.schemaVersion: … [items-json.Version]
///     }
/// }
/// </code>
/// </example>
public static class ItemDocumentReader
{
    /// <summary>The version of the document this reader reads and the writer writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The JSON Schema (draft 2020-12) of the document's form (the rules of the handling model are the reader's); also packed as <c>schemas/items-v1.schema.json</c>.</summary>
    public static string JsonSchema => Schema.Value;

    private static readonly Lazy<string> Schema = new(() =>
    {
        using var stream = typeof(ItemDocumentReader).Assembly.GetManifestResourceStream("LianLuo.Domain.Serialization.items-v1.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Reads the entries of a document in document order: items, activities and errors as they are met.</summary>
    /// <remarks>
    /// Nothing is held but the item being read and the identifiers seen (to refuse a repeated <c>id</c>). A caller that
    /// stores items must keep them aside until the end: an error anywhere (a later item, or a <c>schemaVersion</c> written
    /// after the items) refuses the whole document. Reading stops at malformed JSON or a broken limit, with that error.
    /// </remarks>
    /// <param name="stream">The UTF-8 document (a BOM is allowed).</param>
    /// <param name="options">How to read; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<ItemDocumentEntry> ReadEntries(Stream stream, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        return new DocumentParser(stream, options ?? new ItemDocumentReadOptions()).Entries();
    }

    /// <summary>
    /// Reads only the activities of a document, skipping its items token by token without folding them: for a caller
    /// that needs the activities before it streams the items (<see cref="ReadEntries"/>), since the writer puts
    /// <c>activities</c> after <c>items</c>. Errors are not collected here: the pass over the entries reports every one.
    /// </summary>
    /// <param name="stream">The UTF-8 document (a BOM is allowed).</param>
    /// <param name="options">How to read; the defaults when null.</param>
    /// <returns>The activities read, or null when the document has no <c>activities</c> member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static EquatableArray<LiaisonActivity>? ReadActivities(Stream stream, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        var parser = new DocumentParser(stream, options ?? new ItemDocumentReadOptions()) { SkipItems = true };
        var activities = new List<LiaisonActivity>();
        foreach (var entry in parser.Entries())
        {
            if (entry.Activity is { } activity)
            {
                activities.Add(activity);
            }
        }

        return parser.HasActivities ? new(activities) : null;
    }

    /// <summary>Reads a whole document into items, activities and errors.</summary>
    /// <param name="stream">The UTF-8 document.</param>
    /// <param name="options">How to read; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ItemDocumentReadResult Read(Stream stream, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        var parser = new DocumentParser(stream, options ?? new ItemDocumentReadOptions());
        var items = new List<HandledItem>();
        var activities = new List<LiaisonActivity>();
        var errors = new List<ItemDocumentError>();
        foreach (var entry in parser.Entries())
        {
            if (entry.Item is { } item)
            {
                items.Add(item);
            }
            else if (entry.Activity is { } activity)
            {
                activities.Add(activity);
            }
            else
            {
                errors.Add(entry.Error!);
            }
        }

        return new ItemDocumentReadResult(new(items), parser.HasActivities ? new(activities) : null, new(errors));
    }

    /// <summary>Reads a whole document from a string (for small documents and tests).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ItemDocumentReadResult ReadText(string json, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, options);
    }

    /// <summary>Reads a document file; errors name <paramref name="path"/> unless the options name another file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ItemDocumentReadResult ReadFile(string path, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= new ItemDocumentReadOptions();
        if (options.FileName == new ItemDocumentReadOptions().FileName)
        {
            options = options with { FileName = path };
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    /// <summary>
    /// Reads one item alone: a JSON object of the shape of an element of <c>items</c> (<c>id</c>, <c>kind</c>, <c>title</c>,
    /// <c>proposer</c>, <c>key</c>, <c>events</c>), as a service receives it when one item's history is stored. The same
    /// rules as for a document apply (every member checked, the history folded on the options' deadline engine); errors
    /// name paths from the object itself (<c>$.events[2].date</c>). The result holds the item, or none and every error.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON object (a BOM is allowed).</param>
    /// <param name="options">How to read; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ItemDocumentReadResult ReadItem(Stream stream, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        var parser = new DocumentParser(stream, options ?? new ItemDocumentReadOptions());
        var item = parser.ReadSingle((p, node) => p.ReadItem(node, "$"), out var errors);
        return new ItemDocumentReadResult(item is null || errors.Count > 0 ? EquatableArray<HandledItem>.Empty : new([item]), null, new(errors));
    }

    /// <summary>Reads one item alone from a string (see <see cref="ReadItem(Stream, ItemDocumentReadOptions?)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ItemDocumentReadResult ReadItemText(string json, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return ReadItem(stream, options);
    }

    /// <summary>
    /// Reads one handling event alone: a JSON object of the shape of an element of an item's <c>events</c> (§2 of
    /// items-json.md), as a service receives it when one event is appended. Its members and values are checked as in a
    /// document (errors name paths from the object itself: <c>$.date</c>); whether the event may follow an item's history is
    /// for the handling model to say (<see cref="HandledItem.TryCreate"/>), not for this reader.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON object (a BOM is allowed).</param>
    /// <param name="options">How to read (the file name in errors, the as-of date, the size limit); the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static HandlingEventReadResult ReadEvent(Stream stream, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        var parser = new DocumentParser(stream, options ?? new ItemDocumentReadOptions());
        var read = parser.ReadSingle((p, node) => p.ReadEvent(node, "$"), out var errors);
        return new HandlingEventReadResult(errors.Count > 0 ? null : read, new(errors));
    }

    /// <summary>Reads one handling event alone from a string (see <see cref="ReadEvent(Stream, ItemDocumentReadOptions?)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static HandlingEventReadResult ReadEventText(string json, ItemDocumentReadOptions? options = null)
    {
        Preconditions.CheckNotNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return ReadEvent(stream, options);
    }

    private sealed class DocumentParser(Stream stream, ItemDocumentReadOptions options)
    {
        private static readonly string[] RootMembers = ["schemaVersion", "items", "activities"];
        private static readonly string[] ItemMembers = ["id", "kind", "title", "proposer", "key", "events"];
        private static readonly string[] ActivityMembers = ["date", "type", "topic", "leaderAttendances", "memberAttendances"];
        private static readonly string[] UnitMembers = ["unit", "role"];

        private static readonly Dictionary<string, string[]> EventMembers = new(StringComparer.Ordinal)
        {
            ["assigned"] = ["units", "complex"],
            ["received"] = ["unit"],
            ["returnRequested"] = ["unit", "reason"],
            ["returnDecided"] = ["unit", "approved"],
            ["complexityDesignated"] = ["complex"],
            ["extended"] = ["to", "approver", "reason"],
            ["communicated"] = ["unit", "mode", "persons"],
            ["coHandlingOpinion"] = ["unit"],
            ["replied"] = ["unit", "result", "plannedCompletion", "reason"],
            ["feedback"] = ["unit", "satisfaction"],
            ["rehandlingStarted"] = ["unit"],
            ["supervised"] = ["leader"],
            ["followedUp"] = ["promiseKept"],
            ["closed"] = [],
        };

        private readonly HashSet<string> ids = new(StringComparer.Ordinal);
        private readonly List<ItemDocumentError> pending = [];
        private ItemId? currentItem;

        internal bool HasActivities { get; private set; }

        /// <summary>Whether the items array is skipped unread (to read the activities alone).</summary>
        internal bool SkipItems { get; init; }

        internal IEnumerable<ItemDocumentEntry> Entries()
        {
            using var json = new DocumentNodeReader(stream, ItemDocumentReadOptions.MaxDepth, options.MaxValueBytes);
            var stop = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var version = false;
            try
            {
                json.Next();
                if (json.TokenType != JsonTokenType.StartObject)
                {
                    var node = json.ReadNode();
                    Error(node.Line, "$", ItemDocumentErrorKind.BadValue, "the document must be a JSON object with schemaVersion and items", node.Shown);
                    stop = true;
                }
            }
            catch (JsonStopException ex)
            {
                Stop(ex);
                stop = true;
            }

            foreach (var error in Drain())
            {
                yield return error;
            }

            while (!stop)
            {
                string? array = null;
                try
                {
                    if (json.Next() == JsonTokenType.EndObject)
                    {
                        stop = true;
                    }
                    else
                    {
                        var name = json.TokenText!;
                        var line = json.TokenLine;
                        json.Next();
                        if (!seen.Add(name))
                        {
                            Error(line, "$." + name, ItemDocumentErrorKind.Duplicate, $"member '{name}' is given twice", null);
                            json.Skip();
                        }
                        else
                        {
                            switch (name)
                            {
                                case "schemaVersion":
                                    version = true;
                                    ReadVersion(json.ReadNode());
                                    break;
                                case "items" when SkipItems && json.TokenType == JsonTokenType.StartArray:
                                    json.Skip();
                                    break;
                                case "items" or "activities" when json.TokenType == JsonTokenType.StartArray:
                                    HasActivities |= name == "activities";
                                    array = name;
                                    break;
                                case "items" or "activities":
                                    var bad = json.ReadNode();
                                    Error(bad.Line, "$." + name, ItemDocumentErrorKind.BadValue, $"'{name}' must be an array", bad.Shown);
                                    break;
                                default:
                                    Error(line, "$." + name, ItemDocumentErrorKind.UnknownMember, $"unknown member '{name}' (version 1 has {string.Join(", ", RootMembers)}; names are case-sensitive)", null);
                                    json.Skip();
                                    break;
                            }
                        }
                    }
                }
                catch (JsonStopException ex)
                {
                    Stop(ex);
                    stop = true;
                }

                foreach (var error in Drain())
                {
                    yield return error;
                }

                // The arrays are streamed: each item is yielded as soon as it is read, and nothing of it is kept.
                if (array is not null)
                {
                    foreach (var entry in array == "items"
                        ? ReadArray(json, array, (node, path) => ReadItem(node, path) is { } item ? ItemDocumentEntry.Of(item) : null)
                        : ReadArray(json, array, (node, path) => ReadActivity(node, path) is { } activity ? ItemDocumentEntry.Of(activity) : null))
                    {
                        yield return entry;
                    }

                    stop |= stopped;
                }

                foreach (var error in Drain())
                {
                    yield return error;
                }
            }

            if (!stopped)
            {
                if (!version)
                {
                    Error(1, "$.schemaVersion", ItemDocumentErrorKind.Version, "missing member 'schemaVersion' (this reader reads version 1)", null);
                }

                if (!seen.Contains("items"))
                {
                    Error(1, "$.items", ItemDocumentErrorKind.Missing, "missing member 'items'", null);
                }

                foreach (var error in Drain())
                {
                    yield return error;
                }
            }
        }

        /// <summary>Reads a document that is one JSON value, read by <paramref name="read"/>; every error is listed.</summary>
        internal T? ReadSingle<T>(Func<DocumentParser, DocumentNode, T?> read, out List<ItemDocumentError> errors)
            where T : class
        {
            T? result = null;
            using (var json = new DocumentNodeReader(stream, ItemDocumentReadOptions.MaxDepth, options.MaxValueBytes))
            {
                try
                {
                    json.Next();
                    var node = json.ReadNode((line, at, name, value) => Error(line, "$" + at, ItemDocumentErrorKind.Duplicate, $"member '{name}' is given twice", value.Shown));
                    if (json.Read())
                    {
                        Error(json.TokenLine, "$", ItemDocumentErrorKind.Json, "not valid JSON: more than one value", null);
                    }
                    else
                    {
                        result = read(this, node);
                    }
                }
                catch (JsonStopException ex)
                {
                    Stop(ex);
                }
            }

            errors = [.. pending];
            pending.Clear();
            return result;
        }

        private bool stopped;

        private void Stop(JsonStopException ex)
        {
            stopped = true;
            var kind = ex.Reason.StartsWith("not valid JSON", StringComparison.Ordinal) || ex.Reason.StartsWith("the document cannot", StringComparison.Ordinal)
                ? ItemDocumentErrorKind.Json
                : ItemDocumentErrorKind.Limit;
            pending.Add(new ItemDocumentError(options.FileName, ex.Line, "$", kind, ex.Reason + "; the document is not read further", ex.Value));
        }

        private List<ItemDocumentEntry> Drain()
        {
            var list = pending.Select(ItemDocumentEntry.Of).ToList();
            pending.Clear();
            return list;
        }

        // Items (and activities) are read one at a time: the enumerator is lazy, so each is yielded (and can be dropped)
        // before the next one is read. Malformed JSON inside the array stops the reading with its error.
        private IEnumerable<ItemDocumentEntry> ReadArray(DocumentNodeReader json, string array, Func<DocumentNode, string, ItemDocumentEntry?> read)
        {
            var index = 0;
            while (true)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$.{array}[{index}]");
                ItemDocumentEntry? entry = null;
                var end = false;
                try
                {
                    end = json.Next() == JsonTokenType.EndArray;
                    if (!end)
                    {
                        var node = json.ReadNode((line, at, name, value) => Error(line, path + at, ItemDocumentErrorKind.Duplicate, $"member '{name}' is given twice", value.Shown));
                        entry = read(node, path);
                    }
                }
                catch (JsonStopException ex)
                {
                    Stop(ex);
                    end = true;
                }

                foreach (var error in Drain())
                {
                    yield return error;
                }

                if (end)
                {
                    yield break;
                }

                if (entry is not null)
                {
                    yield return entry;
                }

                index++;
            }
        }

        private void ReadVersion(DocumentNode node)
        {
            if (node.Kind != JsonTokenType.Number || !int.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                Error(node.Line, "$.schemaVersion", ItemDocumentErrorKind.Version, "schemaVersion must be the whole number 1", node.Shown);
            }
            else if (version != SchemaVersion)
            {
                Error(node.Line, "$.schemaVersion", ItemDocumentErrorKind.Version, string.Create(CultureInfo.InvariantCulture, $"schemaVersion {version} is not known to this reader (it reads version {SchemaVersion})"), node.Shown);
            }
        }

        internal HandledItem? ReadItem(DocumentNode node, string path)
        {
            currentItem = null;
            if (!IsObject(node, path, "an item"))
            {
                return null;
            }

            var before = pending.Count;
            CheckMembers(node, path, ItemMembers, "an item");
            var id = Text(node, "id", path, required: true);
            if (id is not null)
            {
                currentItem = new ItemId(id);
                for (var i = before; i < pending.Count; i++)
                {
                    pending[i] = pending[i] with { Item = currentItem };
                }

                if (!ids.Add(id))
                {
                    Error(node["id"]!.Line, path + ".id", ItemDocumentErrorKind.Duplicate, "the id (编号) is used by an earlier item; ids are unique in a document", node["id"]!.Shown);
                }
            }

            var kind = Choice(node, "kind", path, required: true, Kinds);
            var title = Text(node, "title", path, required: true);
            var proposer = Text(node, "proposer", path, required: true);
            var key = Boolean(node, "key", path) ?? false;
            var events = new List<(HandlingEvent? Event, DocumentNode Node)>();
            if (node["events"] is not { } list)
            {
                Error(node.Line, path + ".events", ItemDocumentErrorKind.Missing, "missing member 'events' (the history, starting with 'assigned')", null);
            }
            else if (list.Kind != JsonTokenType.StartArray)
            {
                Error(list.Line, path + ".events", ItemDocumentErrorKind.BadValue, "'events' must be an array", list.Shown);
            }
            else if (list.Elements!.Count == 0)
            {
                Error(list.Line, path + ".events", ItemDocumentErrorKind.Missing, "'events' must hold at least one event (the first is 'assigned')", list.Shown);
            }
            else
            {
                for (var i = 0; i < list.Elements.Count; i++)
                {
                    var element = list.Elements[i];
                    events.Add((ReadEvent(element, string.Create(CultureInfo.InvariantCulture, $"{path}.events[{i}]")), element));
                }
            }

            if (pending.Count > before || id is null || kind is null || title is null || proposer is null || events.Count == 0)
            {
                return null;
            }

            try
            {
                var submission = new Submission(
                    currentItem!.Value,
                    kind.Value,
                    title,
                    events[0].Event!.Date.Year,
                    kind == SubmissionKind.Proposal ? new Member(proposer) : new Deputy(proposer),
                    isKey: key);
                if (HandledItem.TryCreate(submission, events.Select(e => e.Event!), options.Deadlines, out var item, out var violation))
                {
                    return item;
                }

                var offending = events[violation.EventIndex].Node;
                Error(
                    offending.Line,
                    string.Create(CultureInfo.InvariantCulture, $"{path}.events[{violation.EventIndex}]"),
                    ItemDocumentErrorKind.Lifecycle,
                    violation.Message,
                    offending["type"]?.Shown);
                pending[^1] = pending[^1] with { Rule = violation.Rule };
            }
            catch (ArgumentException ex)
            {
                Error(node.Line, path, ItemDocumentErrorKind.BadValue, Preconditions.WordsOf(ex), null);
            }

            return null;
        }

        internal HandlingEvent? ReadEvent(DocumentNode node, string path)
        {
            if (!IsObject(node, path, "an event"))
            {
                return null;
            }

            var before = pending.Count;
            var type = Text(node, "type", path, required: true);
            string[]? members = null;
            if (type is not null && !EventMembers.TryGetValue(type, out members))
            {
                Error(node["type"]!.Line, path + ".type", ItemDocumentErrorKind.BadValue, $"unknown event type (expected one of {string.Join(", ", EventMembers.Keys)})", node["type"]!.Shown);
            }

            CheckMembers(node, path, members is null ? null : ["type", "date", .. members], $"a '{type}' event");
            var date = Date(node, "date", path, required: true);
            if (date is { } d && options.AsOf is { } asOf && d > asOf)
            {
                Error(node["date"]!.Line, path + ".date", ItemDocumentErrorKind.AfterAsOf, $"the event is dated after the as-of date {LocalDatePattern.Iso.Format(asOf)}", node["date"]!.Shown);
            }

            if (members is null || date is null)
            {
                return null;
            }

            HandlingEvent? result = type switch
            {
                "assigned" => Assigned(node, path, date.Value),
                "received" => Unit(node, path, required: true) is { } unit ? new Received(date.Value, unit) : null,
                "returnRequested" => (Unit(node, path, required: true), Text(node, "reason", path, required: true)) is ({ } unit, { } reason) ? new ReturnRequested(date.Value, unit, reason) : null,
                "returnDecided" => Boolean(node, "approved", path, required: true) is { } approved ? new ReturnDecided(date.Value, approved, Unit(node, path, required: false)) : null,
                "complexityDesignated" => Boolean(node, "complex", path, required: true) is { } complex ? new ComplexityDesignated(date.Value, complex) : null,
                "extended" => Date(node, "to", path, required: true) is { } to ? new Extended(date.Value, to, Text(node, "approver", path, required: false), Text(node, "reason", path, required: false)) : null,
                "communicated" => Communicated(node, path, date.Value),
                "coHandlingOpinion" => Unit(node, path, required: true) is { } unit ? new CoHandlingOpinionSent(date.Value, unit) : null,
                "replied" => Replied(node, path, date.Value),
                "feedback" => Feedback(node, path, date.Value),
                "rehandlingStarted" => new RehandlingStarted(date.Value, Unit(node, path, required: false)),
                "supervised" => Text(node, "leader", path, required: true) is { } leader ? new Supervised(date.Value, leader) : null,
                "followedUp" => Boolean(node, "promiseKept", path, required: true) is { } kept ? new FollowedUp(date.Value, kept) : null,
                _ => new Closed(date.Value),
            };
            return pending.Count > before ? null : result;
        }

        private Assigned? Assigned(DocumentNode node, string path, LocalDate date)
        {
            var complex = Boolean(node, "complex", path) ?? false;
            if (node["units"] is not { } units)
            {
                Error(node.Line, path + ".units", ItemDocumentErrorKind.Missing, "missing member 'units' (the assigned units with their roles)", null);
                return null;
            }

            if (units.Kind != JsonTokenType.StartArray || units.Elements!.Count == 0)
            {
                Error(units.Line, path + ".units", ItemDocumentErrorKind.BadValue, "'units' must be a non-empty array of {unit, role}", units.Shown);
                return null;
            }

            var assignments = new List<Assignment>();
            for (var i = 0; i < units.Elements.Count; i++)
            {
                var element = units.Elements[i];
                var elementPath = string.Create(CultureInfo.InvariantCulture, $"{path}.units[{i}]");
                if (!IsObject(element, elementPath, "an assigned unit"))
                {
                    continue;
                }

                CheckMembers(element, elementPath, UnitMembers, "an assigned unit");
                var unit = Text(element, "unit", elementPath, required: true);
                var role = Choice(element, "role", elementPath, required: true, Roles);
                if (unit is not null && role is not null)
                {
                    assignments.Add(new Assignment(new HandlingUnit(unit), role.Value));
                }
            }

            if (assignments.Count != units.Elements.Count)
            {
                return null;
            }

            try
            {
                return new Assigned(date, assignments, complex);
            }
            catch (ArgumentException ex)
            {
                Error(units.Line, path + ".units", ItemDocumentErrorKind.BadValue, Preconditions.WordsOf(ex), units.Shown);
                return null;
            }
        }

        private Communicated? Communicated(DocumentNode node, string path, LocalDate date)
        {
            var mode = Choice(node, "mode", path, required: true, Modes);
            var persons = Int(node, "persons", path, minimum: 1) ?? 1;
            var unit = Unit(node, path, required: false);
            return mode is { } m ? new Communicated(date, CommunicationStage.DuringHandling, m, persons, unit) : null;
        }

        private Replied? Replied(DocumentNode node, string path, LocalDate date)
        {
            var unit = Unit(node, path, required: false);
            var result = Choice(node, "result", path, required: false, Results);
            var planned = Date(node, "plannedCompletion", path, required: false);
            var reason = Text(node, "reason", path, required: false);
            return new Replied(date, result, unit, planned, reason);
        }

        private FeedbackReceived? Feedback(DocumentNode node, string path, LocalDate date)
        {
            var unit = Unit(node, path, required: false);
            if (node["satisfaction"] is not { } value)
            {
                Error(node.Line, path + ".satisfaction", ItemDocumentErrorKind.Missing, "missing member 'satisfaction' (a level, or null when the form was not returned)", null);
                return null;
            }

            if (value.Kind == JsonTokenType.Null)
            {
                return new FeedbackReceived(date, null, unit);
            }

            var level = Choice(node, "satisfaction", path, required: true, Satisfactions);
            return level is { } l ? new FeedbackReceived(date, l, unit) : null;
        }

        private LiaisonActivity? ReadActivity(DocumentNode node, string path)
        {
            currentItem = null;
            if (!IsObject(node, path, "an activity"))
            {
                return null;
            }

            var before = pending.Count;
            CheckMembers(node, path, ActivityMembers, "an activity");
            var date = Date(node, "date", path, required: true);
            if (date is { } d && options.AsOf is { } asOf && d > asOf)
            {
                Error(node["date"]!.Line, path + ".date", ItemDocumentErrorKind.AfterAsOf, $"the activity is dated after the as-of date {LocalDatePattern.Iso.Format(asOf)}", node["date"]!.Shown);
            }

            var type = Choice(node, "type", path, required: true, ActivityTypes);
            var topic = Text(node, "topic", path, required: false);
            var leaders = Int(node, "leaderAttendances", path, minimum: 0) ?? 0;
            var members = Int(node, "memberAttendances", path, minimum: 0) ?? 0;
            if (pending.Count > before || date is null || type is null)
            {
                return null;
            }

            try
            {
                return new LiaisonActivity(date.Value, type.Value, string.IsNullOrWhiteSpace(topic) ? null : topic, leaders, members);
            }
            catch (ArgumentException ex)
            {
                Error(node.Line, path, ItemDocumentErrorKind.BadValue, Preconditions.WordsOf(ex), null);
                return null;
            }
        }

        private static readonly (string Name, SubmissionKind Value)[] Kinds = [("suggestion", SubmissionKind.Suggestion), ("proposal", SubmissionKind.Proposal), ("motion", SubmissionKind.Motion)];
        private static readonly (string Name, AssignmentRole Value)[] Roles = [("lead", AssignmentRole.Lead), ("coHandling", AssignmentRole.CoHandling), ("separate", AssignmentRole.Separate)];
        private static readonly (string Name, CommunicationMode Value)[] Modes = [("faceToFace", CommunicationMode.FaceToFace), ("phone", CommunicationMode.Phone), ("email", CommunicationMode.Email), ("visit", CommunicationMode.Visit), ("symposium", CommunicationMode.Symposium)];
        private static readonly (string Name, ResultCategory Value)[] Results = [("A", ResultCategory.A), ("B", ResultCategory.B), ("C", ResultCategory.C)];
        private static readonly (string Name, SatisfactionLevel Value)[] Satisfactions = [("verySatisfied", SatisfactionLevel.VerySatisfied), ("satisfied", SatisfactionLevel.Satisfied), ("basicallySatisfied", SatisfactionLevel.BasicallySatisfied), ("unsatisfied", SatisfactionLevel.Unsatisfied)];
        private static readonly (string Name, ActivityType Value)[] ActivityTypes = [.. Enum.GetValues<ActivityType>().Select(t => (DisplayNames.Chinese(t), t))];

        private bool IsObject(DocumentNode node, string path, string what)
        {
            if (node.Kind == JsonTokenType.StartObject)
            {
                return true;
            }

            Error(node.Line, path, ItemDocumentErrorKind.BadValue, $"{what} must be a JSON object", node.Shown);
            return false;
        }

        private void CheckMembers(DocumentNode node, string path, string[]? allowed, string what)
        {
            if (allowed is null)
            {
                return;
            }

            foreach (var (name, value) in node.Members!)
            {
                if (Array.IndexOf(allowed, name) < 0)
                {
                    Error(value.Line, path + "." + name, ItemDocumentErrorKind.UnknownMember, $"unknown member '{name}' of {what} (allowed: {string.Join(", ", allowed)}; names are case-sensitive)", value.Shown);
                }
            }
        }

        private string? Text(DocumentNode node, string name, string path, bool required)
        {
            var value = node[name];
            if (value is null || value.Kind == JsonTokenType.Null)
            {
                if (required)
                {
                    Error(value?.Line ?? node.Line, path + "." + name, ItemDocumentErrorKind.Missing, $"missing member '{name}'", value?.Shown);
                }

                return null;
            }

            if (value.Kind != JsonTokenType.String)
            {
                Error(value.Line, path + "." + name, ItemDocumentErrorKind.BadValue, $"'{name}' must be a string", value.Shown);
                return null;
            }

            if (string.IsNullOrWhiteSpace(value.Text))
            {
                if (required)
                {
                    Error(value.Line, path + "." + name, ItemDocumentErrorKind.Missing, $"'{name}' must not be empty", value.Shown);
                }

                return null;
            }

            return value.Text;
        }

        private HandlingUnit? Unit(DocumentNode node, string path, bool required) =>
            Text(node, "unit", path, required) is { } name ? new HandlingUnit(name) : null;

        private T? Choice<T>(DocumentNode node, string name, string path, bool required, (string Name, T Value)[] table)
            where T : struct
        {
            var text = Text(node, name, path, required);
            if (text is null)
            {
                return null;
            }

            foreach (var (key, value) in table)
            {
                if (string.Equals(key, text, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            Error(node[name]!.Line, path + "." + name, ItemDocumentErrorKind.BadValue, $"'{name}' must be one of {string.Join(", ", table.Select(t => t.Name))}", node[name]!.Shown);
            return null;
        }

        private LocalDate? Date(DocumentNode node, string name, string path, bool required)
        {
            var text = Text(node, name, path, required);
            if (text is null)
            {
                return null;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success && parsed.Value.Year is >= 1949 and <= 9999)
            {
                return parsed.Value;
            }

            Error(node[name]!.Line, path + "." + name, ItemDocumentErrorKind.BadValue, $"'{name}' must be a date YYYY-MM-DD that exists, from 1949 on", node[name]!.Shown);
            return null;
        }

        private bool? Boolean(DocumentNode node, string name, string path, bool required = false)
        {
            var value = node[name];
            if (value is null || value.Kind == JsonTokenType.Null)
            {
                if (required)
                {
                    Error(value?.Line ?? node.Line, path + "." + name, ItemDocumentErrorKind.Missing, $"missing member '{name}' (true or false)", value?.Shown);
                }

                return null;
            }

            if (value.Kind is JsonTokenType.True or JsonTokenType.False)
            {
                return value.Kind == JsonTokenType.True;
            }

            Error(value.Line, path + "." + name, ItemDocumentErrorKind.BadValue, $"'{name}' must be true or false", value.Shown);
            return null;
        }

        private int? Int(DocumentNode node, string name, string path, int minimum)
        {
            var value = node[name];
            if (value is null || value.Kind == JsonTokenType.Null)
            {
                return null;
            }

            if (value.Kind == JsonTokenType.Number && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }

            Error(value.Line, path + "." + name, ItemDocumentErrorKind.BadValue, string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number of at least {minimum}"), value.Shown);
            return null;
        }

        private void Error(int line, string path, ItemDocumentErrorKind kind, string reason, string? value) =>
            pending.Add(new ItemDocumentError(options.FileName, line, path, kind, reason, value) { Item = currentItem });
    }
}
