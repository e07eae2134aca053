using System.Globalization;
using LianLuo.Domain.Deadlines;
using NodaTime;

namespace LianLuo.Domain.Serialization;

/// <summary>
/// How an item-history document is read: the deadline engine whose rules judge every history (the one engine the
/// report and the assessment use), the name errors give the file, an optional as-of date, and the size limit of one
/// value. Immutable and thread-safe.
/// </summary>
public sealed record ItemDocumentReadOptions
{
    /// <summary>The deepest nesting a document may have (items-json.md §3): 64 levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>The default limit of one JSON value (a string or a number), in UTF-8 bytes: 1 MiB.</summary>
    public const int DefaultMaxValueBytes = 1 << 20;

    /// <summary>The deadline engine that judges the rules of every history (extensions, 情况复杂, return windows, …).</summary>
    public DeadlineEngine Deadlines { get; init; } = DeadlineEngine.Default;

    /// <summary>The file name errors name; <c>(document)</c> unless set (the file readers set it to the path).</summary>
    public string FileName { get; init; } = "(document)";

    /// <summary>When set, an event dated after this day is an error, as in a ledger (a report as of a day cannot hold later events).</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The largest value (a string or a number) accepted, in UTF-8 bytes; a larger one stops the reading with an error.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1,024 or above 256 MiB.</exception>
    public int MaxValueBytes
    {
        get;
        init => field = value is >= 1024 and <= 256 << 20
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"ItemDocumentReadOptions.MaxValueBytes must be between 1024 and {256 << 20} (value: {value})."));
    } = DefaultMaxValueBytes;
}
