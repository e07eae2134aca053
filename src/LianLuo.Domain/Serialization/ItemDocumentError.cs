using System.Globalization;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Serialization;

/// <summary>What kind of problem an <see cref="ItemDocumentError"/> is.</summary>
public enum ItemDocumentErrorKind
{
    /// <summary>The text is not well-formed JSON (reading stops here).</summary>
    Json = 1,

    /// <summary>The document is deeper than 64 levels or holds a value larger than the limit (reading stops here).</summary>
    Limit = 2,

    /// <summary><c>schemaVersion</c> is missing or names a version this reader does not know.</summary>
    Version = 3,

    /// <summary>A required member is missing.</summary>
    Missing = 4,

    /// <summary>A member this version does not define (member names are case-sensitive, so a typo is never ignored).</summary>
    UnknownMember = 5,

    /// <summary>A value of the wrong JSON type, or a value outside the ones allowed (an unknown kind, role, mode, …).</summary>
    BadValue = 6,

    /// <summary>A member repeated in one object, or an item <c>id</c> repeated in the document.</summary>
    Duplicate = 7,

    /// <summary>The history breaks a rule of the handling model (<see cref="ItemDocumentError.Rule"/> names it).</summary>
    Lifecycle = 8,

    /// <summary>An event is dated after the as-of date of the reading.</summary>
    AfterAsOf = 9,
}

/// <summary>
/// One problem of an item-history document: the file, the 1-based line where the offending value starts, its JSON path
/// (<c>$.items[3].events[2].date</c>), the reason and the value. Immutable and thread-safe.
/// </summary>
/// <param name="File">The file (or the name the reader was given for the stream).</param>
/// <param name="Line">The 1-based line of the document where the offending value starts.</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.items[3].events[2].date</c>.</param>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Reason">Why the value is refused, in English with the Chinese term where it helps.</param>
/// <param name="Value">The offending value as written (strings quoted, containers abbreviated, a value longer than 80 characters cut to its first 77 and an ellipsis), or null when there is none (a missing member).</param>
public sealed record ItemDocumentError(string File, int Line, string Path, ItemDocumentErrorKind Kind, string Reason, string? Value) : IProblem
{
    /// <summary><c>items-json.</c> and the kind, e.g. <c>items-json.BadValue</c>; for a history that breaks the handling model, <c>lifecycle.</c> and the rule.</summary>
    string IProblem.Code => Rule is { } rule ? "lifecycle." + rule.ToString() : "items-json." + Kind.ToString();

    /// <summary><c>FILE:LINE: PATH</c>, the start of <see cref="ToString"/>.</summary>
    string IProblem.Location => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Path}");

    /// <summary>The <see cref="Reason"/>.</summary>
    string IProblem.Message => Reason;

    /// <summary>The item the problem belongs to, when it belongs to one and its <c>id</c> was read.</summary>
    public ItemId? Item { get; init; }

    /// <summary>The rule of the handling model the history breaks, for <see cref="ItemDocumentErrorKind.Lifecycle"/>.</summary>
    public LifecycleRule? Rule { get; init; }

    /// <summary>The error as the command line prints it: <c>FILE:LINE: PATH: reason (value)</c>.</summary>
    public override string ToString() =>
        Value is null
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Path}: {Reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}: {Path}: {Reason} ({Value})");
}
