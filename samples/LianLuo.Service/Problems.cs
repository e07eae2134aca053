using System.Globalization;
using LianLuo.Domain;
using LianLuo.Domain.Ledger;
using LianLuo.Domain.Lifecycle;
using LianLuo.Domain.Model;
using LianLuo.Domain.Serialization;

namespace LianLuo.Service;

/// <summary>
/// The service's refusals as RFC 9457 problem details: a type URI per kind of refusal, a title, a detail in our words,
/// and extensions that name where and why (<c>errors</c> with file, line, path or column, reason and value; <c>rule</c>
/// with the handling model's <see cref="LifecycleRule"/> code). Every refusal that comes from the library also lists its
/// problems in the library's one shape (<see cref="IProblem"/>), as <c>problems</c>: <c>code</c>, <c>location</c>,
/// <c>message</c>, <c>value</c>, the same for a lifecycle rule, an item document and a ledger, so a client shows them all
/// the same way.
/// </summary>
internal static class Problems
{
    private const string TypeBase = "https://github.com/lianluo/LianLuo.Domain/blob/main/README.md#";

    /// <summary>422: the handling model forbids an event after the stored history.</summary>
    internal static IResult Lifecycle(LifecycleViolation violation, ItemId id, int version) => TypedResults.Problem(
        detail: violation.Message,
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: $"The handling model refuses this event: rule {violation.Rule}",
        type: TypeBase + "the-lifecycle-rules",
        extensions: new Dictionary<string, object?>
        {
            ["rule"] = violation.Rule.ToString(),
            ["item"] = id.Value,
            ["eventIndex"] = violation.EventIndex,
            ["version"] = version,
            ["problems"] = Views([violation]),
        });

    /// <summary>422 (400 for malformed JSON): a body that is not a valid item or event of items-json.md.</summary>
    internal static IResult Document(string what, IReadOnlyList<ItemDocumentError> errors)
    {
        var lifecycle = errors.FirstOrDefault(e => e.Rule is not null);
        var malformed = errors.All(e => e.Kind is ItemDocumentErrorKind.Json);
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new DocumentErrorView(e.File, e.Line, e.Path, Names.Camel(e.Kind.ToString()), e.Reason, e.Value, e.Rule?.ToString(), e.Item?.Value)).ToList(),
            ["problems"] = Views(errors),
        };
        if (lifecycle?.Rule is { } rule)
        {
            extensions["rule"] = rule.ToString();
        }

        return TypedResults.Problem(
            detail: string.Join(Environment.NewLine, errors.Select(e => e.ToString())),
            statusCode: malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            title: lifecycle is not null
                ? $"{what} breaks rule {lifecycle.Rule} of the handling model"
                : string.Create(CultureInfo.InvariantCulture, $"{what} is not valid ({errors.Count} error(s))"),
            type: TypeBase + "the-service-on-postgresql",
            extensions: extensions);
    }

    /// <summary>422: a ledger (CSV) with errors; nothing was stored.</summary>
    internal static IResult Ledger(IReadOnlyList<LedgerError> errors) => TypedResults.Problem(
        detail: string.Join(Environment.NewLine, errors.Select(e => e.ToString())),
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: string.Create(CultureInfo.InvariantCulture, $"The ledger has {errors.Count} error(s); nothing was stored"),
        type: TypeBase + "the-service-on-postgresql",
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new LedgerErrorView(e.File, e.Line, e.Column, e.Value, e.Reason, Names.Camel(e.Kind.ToString()))).ToList(),
            ["problems"] = Views(errors),
        });

    /// <summary>409: the caller's version is not the stored one.</summary>
    internal static IResult Stale(ItemId id, int? sent, int stored) => TypedResults.Problem(
        detail: sent is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"Item {id} is at version {stored}, not {s} (If-Match): someone changed it since you read it. Read it again (GET /items/{id}) and retry.")
            : string.Create(CultureInfo.InvariantCulture, $"Item {id} was created by another request meanwhile (now at version {stored}). Read it (GET /items/{id}) and retry."),
        statusCode: StatusCodes.Status409Conflict,
        title: "Stale version",
        extensions: new Dictionary<string, object?> { ["item"] = id.Value, ["version"] = stored });

    /// <summary>404: no such item.</summary>
    internal static IResult NotFound(ItemId id) => TypedResults.Problem(
        detail: $"No item {id} is stored.",
        statusCode: StatusCodes.Status404NotFound,
        title: "No such item");

    /// <summary>400: a bad request parameter or header, named with its value.</summary>
    internal static IResult BadParameter(string name, string? value, string reason) => TypedResults.Problem(
        detail: $"{name}: {reason} (value: {value ?? "none"})",
        statusCode: StatusCodes.Status400BadRequest,
        title: $"Bad {name}",
        extensions: new Dictionary<string, object?> { ["parameter"] = name, ["value"] = value });

    private static List<ProblemView> Views(IEnumerable<IProblem> problems) =>
        [.. problems.Select(p => new ProblemView(p.Code, p.Location, p.Message, p.Value))];

    /// <summary>Any problem of the library, in its one shape.</summary>
    internal sealed record ProblemView(string Code, string Location, string Message, string? Value);

    /// <summary>One error of an items-json body or document.</summary>
    internal sealed record DocumentErrorView(string File, int Line, string Path, string Kind, string Reason, string? Value, string? Rule, string? Item);

    /// <summary>One error of a ledger.</summary>
    internal sealed record LedgerErrorView(string File, int Line, string Column, string Value, string Reason, string Kind);
}
