using System.Globalization;
using System.Text.Json;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Evaluation;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Reporting;
using LianLuo.Domain.Serialization;
using Microsoft.Net.Http.Headers;
using NodaTime;
using NodaTime.Text;

namespace LianLuo.Service;

/// <summary>Creates the tables before the service takes requests.</summary>
internal sealed class SchemaCreation(ItemStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => store.EnsureSchemaAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// The endpoints: items (PUT whole histories, POST one event, GET state and deadlines), the 催办 list, the annual
/// report, the unit assessment and ledger imports. "Today" is the injected <see cref="IClock"/>'s date in the deadline
/// engine's time zone (Asia/Shanghai unless configured).
/// </summary>
internal static class Endpoints
{
    private const int MaxItemBytes = 1 << 20;
    private const int MaxImportBytes = 64 << 20;

    internal static void MapLianLuoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPut("/items/{id}", PutItem)
            .WithName("PutItem")
            .WithSummary("Stores an item's whole history (items-json.md v1 item object); If-Match: \"version\" to replace only that version.")
            .Accepts<JsonElement>("application/json")
            .Produces<ItemView>(StatusCodes.Status200OK)
            .Produces<ItemView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapPost("/items/{id}/events", AppendEvent)
            .WithName("AppendEvent")
            .WithSummary("Appends one event (items-json.md §2); If-Match: \"version\" refuses it with 409 when the item changed since.")
            .Accepts<JsonElement>("application/json")
            .Produces<ItemView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/items/{id}", GetItem)
            .WithName("GetItem")
            .WithSummary("An item's state, its reply status today and every deadline explained; ETag: its version.")
            .Produces<ItemView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/due", GetDue)
            .WithName("GetDue")
            .WithSummary("The 催办 list: replies owed whose deadline has passed or falls within `within` working days of today.")
            .Produces<DueList>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/reports/{year:int}", GetReport)
            .WithName("GetReport")
            .WithSummary("The annual report (ledger.md §3) of the items first assigned in the year, as of asOf (default today).")
            .Produces<JsonElement>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/assessments/{year:int}", GetAssessment)
            .WithName("GetAssessment")
            .WithSummary("The unit assessment (考核评价) of the year's items, as of asOf (default today).")
            .Produces<JsonElement>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapPost("/imports", Import)
            .WithName("Import")
            .WithSummary("Stores every item of a ledger (text/csv, ledger.md §1.1) or an items document (application/json, items-json.md) in one transaction: all or nothing.")
            .Accepts<JsonElement>("application/json", "text/csv")
            .Produces<ImportResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> PutItem(
        string id, HttpRequest request, HttpResponse response, ItemStore store, DeadlineEngine engine, IClock clock, ItemDocumentReadOptions reading, CancellationToken cancellationToken)
    {
        var (write, refused) = await BeginWriteAsync(id, request, engine, clock, cancellationToken);
        if (write is null)
        {
            return refused!;
        }

        using var body = write.Body;
        var (itemId, expected, today) = (write.Id, write.ExpectedVersion, write.Today);
        var read = ItemDocumentReader.ReadItem(body, reading with { FileName = "(request body)", AsOf = today });
        if (!read.IsValid)
        {
            return Problems.Document("The item", read.Errors);
        }

        var item = read.Items[0];
        if (item.Id != itemId)
        {
            return Problems.Document("The item", [new ItemDocumentError("(request body)", 1, "$.id", ItemDocumentErrorKind.BadValue, $"the id must be the one of the address, {itemId}", $"\"{item.Id}\"")]);
        }

        var result = await store.PutAsync(item, expected, cancellationToken);
        if (result.Outcome == ChangeOutcome.StaleVersion)
        {
            return Problems.Stale(itemId, expected, result.Version);
        }

        SetETag(response, result.Version);
        var view = ItemViews.Of(result.Item!, engine, today);
        return result.Created ? TypedResults.Created($"/items/{Uri.EscapeDataString(itemId.Value)}", view) : TypedResults.Ok(view);
    }

    private static async Task<IResult> AppendEvent(
        string id, HttpRequest request, HttpResponse response, ItemStore store, DeadlineEngine engine, IClock clock, ItemDocumentReadOptions reading, CancellationToken cancellationToken)
    {
        var (write, refused) = await BeginWriteAsync(id, request, engine, clock, cancellationToken);
        if (write is null)
        {
            return refused!;
        }

        using var body = write.Body;
        var (itemId, expected, today) = (write.Id, write.ExpectedVersion, write.Today);
        var read = ItemDocumentReader.ReadEvent(body, reading with { FileName = "(request body)", AsOf = today });
        if (!read.IsValid)
        {
            return Problems.Document("The event", read.Errors);
        }

        var result = await store.AppendAsync(itemId, read.Event, expected, cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return Problems.NotFound(itemId);
            case ChangeOutcome.StaleVersion:
                return Problems.Stale(itemId, expected, result.Version);
            case ChangeOutcome.Refused:
                return Problems.Lifecycle(result.Violation!, itemId, result.Version);
            default:
                SetETag(response, result.Version);
                return TypedResults.Created($"/items/{Uri.EscapeDataString(itemId.Value)}", ItemViews.Of(result.Item!, engine, today));
        }
    }

    private static async Task<IResult> GetItem(string id, HttpResponse response, ItemStore store, DeadlineEngine engine, IClock clock, CancellationToken cancellationToken)
    {
        if (!TryId(id, out var itemId, out var bad))
        {
            return bad;
        }

        if (await store.FindAsync(itemId, cancellationToken) is not { } stored)
        {
            return Problems.NotFound(itemId);
        }

        SetETag(response, stored.Version);
        return TypedResults.Ok(ItemViews.Of(stored, engine, engine.CurrentDate(clock)));
    }

    private static async Task<IResult> GetDue(string? within, ItemStore store, DeadlineEngine engine, IClock clock, CancellationToken cancellationToken)
    {
        var window = engine.Policy.DueSoonWindow.Value;
        if (within is not null && (!int.TryParse(within, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window > 366))
        {
            return Problems.BadParameter("within", within, "must be a whole number of working days from 0 to 366");
        }

        var today = engine.CurrentDate(clock);
        var items = await store.ListAsync(null, cancellationToken);
        return TypedResults.Ok(new DueList(Names.Date(today), window, [.. ItemViews.Due(items, engine, today, window)]));
    }

    private static async Task<IResult> GetReport(
        int year, string? asOf, ItemStore store, DeadlineEngine engine, IClock clock, AnnualReportOptions options, CancellationToken cancellationToken)
    {
        if (!TryYearAndDate(year, asOf, engine, clock, out var date, out var bad))
        {
            return bad;
        }

        var items = await ItemsAsOf(store, year, date, engine, cancellationToken);
        var activities = (await store.ActivitiesAsync(year, cancellationToken)).Where(a => a.Date <= date);
        var report = AnnualReportBuilder.Build(items, activities, date, options with { Year = year });
        return TypedResults.Text(AnnualReportJson.Write(report), "application/json", System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> GetAssessment(
        int year, string? asOf, ItemStore store, DeadlineEngine engine, IClock clock, UnitAssessment assessment, CancellationToken cancellationToken)
    {
        if (!TryYearAndDate(year, asOf, engine, clock, out var date, out var bad))
        {
            return bad;
        }

        var items = await ItemsAsOf(store, year, date, engine, cancellationToken);
        return TypedResults.Text(EvaluationResultJson.Write(assessment.Evaluate(items, date)), "application/json", System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> Import(
        HttpRequest request, ItemStore store, DeadlineEngine engine, IClock clock, ItemDocumentReadOptions reading, CancellationToken cancellationToken)
    {
        var today = engine.CurrentDate(clock);
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        var file = request.Query["file"].FirstOrDefault() is { Length: > 0 } named ? named : null;
        using var body = await ReadBodyAsync(request, MaxImportBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(MaxImportBytes);
        }

        EquatableArray<HandledItem> items;
        var activities = EquatableArray<LiaisonActivity>.Empty;
        if (string.Equals(mediaType, "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            var ledger = LedgerReader.ReadItems(body.GetBuffer().AsSpan(0, (int)body.Length), file ?? "ledger.csv", new LedgerReadOptions(today) { Deadlines = engine });
            if (!ledger.IsValid)
            {
                return Problems.Ledger(ledger.Errors);
            }

            items = ledger.Rows;
        }
        else if (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            var document = ItemDocumentReader.Read(body, reading with { FileName = file ?? "items.json", AsOf = today });
            if (!document.IsValid)
            {
                return Problems.Document("The document", document.Errors);
            }

            items = document.Items;
            activities = document.Activities ?? EquatableArray<LiaisonActivity>.Empty;
        }
        else
        {
            return TypedResults.Problem(
                detail: $"Content-Type must be text/csv (an items ledger, ledger.md §1.1) or application/json (an items document, items-json.md), not {request.ContentType ?? "none"}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported ledger format");
        }

        var (created, replaced) = await store.ImportAsync(items, activities, cancellationToken);
        return TypedResults.Ok(new ImportResult(items.Count, created, replaced, activities.Count));
    }

    private static async Task<List<HandledItem>> ItemsAsOf(ItemStore store, int year, LocalDate asOf, DeadlineEngine engine, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(year, cancellationToken)).Select(s => ItemViews.AsOf(s.Item, asOf, engine)).OfType<HandledItem>()];

    private static bool TryYearAndDate(int year, string? asOf, DeadlineEngine engine, IClock clock, out LocalDate date, out IResult bad)
    {
        bad = Results.Empty;
        date = engine.CurrentDate(clock);
        if (year is < 1949 or > 9998)
        {
            bad = Problems.BadParameter("year", year.ToString(CultureInfo.InvariantCulture), "must be a year from 1949 to 9998");
            return false;
        }

        if (asOf is null)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(asOf);
        if (!parsed.Success || parsed.Value > LedgerReadOptions.LatestAsOf)
        {
            bad = Problems.BadParameter("asOf", asOf, "must be a date YYYY-MM-DD that exists");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    /// <summary>
    /// What every write to one item checks first, in this order: the id of the address (400), If-Match (400), and the
    /// body within <see cref="MaxItemBytes"/> (413); then "today" by the injected clock. Either the write or the refusal.
    /// </summary>
    private static async Task<(ItemWrite? Write, IResult? Refused)> BeginWriteAsync(
        string id, HttpRequest request, DeadlineEngine engine, IClock clock, CancellationToken cancellationToken)
    {
        if (!TryId(id, out var itemId, out var bad) || !TryIfMatch(request, out var expected, out bad))
        {
            return (null, bad);
        }

        var today = engine.CurrentDate(clock);
        var body = await ReadBodyAsync(request, MaxItemBytes, cancellationToken);
        return body is null ? (null, TooLarge(MaxItemBytes)) : (new ItemWrite(itemId, expected, today, body), null);
    }

    /// <summary>A write to one item that passed <see cref="BeginWriteAsync"/>: the caller disposes the body.</summary>
    private sealed record ItemWrite(ItemId Id, int? ExpectedVersion, LocalDate Today, MemoryStream Body);

    private static bool TryId(string id, out ItemId itemId, out IResult bad)
    {
        itemId = default;
        bad = Results.Empty;
        if (string.IsNullOrWhiteSpace(id))
        {
            bad = Problems.BadParameter("id", id, "an item id (编号) must not be empty or white space");
            return false;
        }

        itemId = new ItemId(id);
        return true;
    }

    /// <summary>Reads If-Match: a version in quotes (<c>"3"</c>, or weak <c>W/"3"</c>); none or <c>*</c> means no check.</summary>
    private static bool TryIfMatch(HttpRequest request, out int? version, out IResult bad)
    {
        version = null;
        bad = Results.Empty;
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0 || header.Trim() == "*")
        {
            return true;
        }

        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        if (tag.Length >= 3 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }

        bad = Problems.BadParameter("If-Match", header, "must be the ETag of the item as read (a version in quotes, e.g. \"3\")");
        return false;
    }

    private static void SetETag(HttpResponse response, int version) =>
        response.Headers.ETag = string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    private static async Task<MemoryStream?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(int limit) => TypedResults.Problem(
        detail: string.Create(CultureInfo.InvariantCulture, $"The body is larger than {limit} bytes."),
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large");
}
