using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LianLuo.Domain.Aggregation;
using LianLuo.Domain.Deadlines;
using LianLuo.Domain.Internal;
using NodaTime;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// What a tally was computed under: the figures of two tallies add up only when every part is equal. Immutable, with value
/// equality.
/// </summary>
/// <param name="Classification">The classification scheme: its name and codes in order, e.g. <c>默认 A/B/C 分类 [A,B,C]</c>.</param>
/// <param name="DeadlinePolicy">The deadline policy: <c>sha256:</c> and the first 16 hex digits of the SHA-256 of its JSON form.</param>
/// <param name="Calendar">The working calendar's version.</param>
/// <param name="Satisfaction">The satisfaction policy: the scale, and whether unreturned forms count.</param>
/// <param name="BelowAverageMargin">The findings' margin (<see cref="AnnualReportOptions.BelowAverageMargin"/>).</param>
/// <param name="MinimumItemsToCompare">The findings' minimum (<see cref="AnnualReportOptions.MinimumItemsToCompare"/>).</param>
public sealed record TallyIdentity(string Classification, string DeadlinePolicy, string Calendar, string Satisfaction, decimal BelowAverageMargin, int MinimumItemsToCompare)
{
    /// <summary>The identity of report options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static TallyIdentity Of(AnnualReportOptions options)
    {
        Preconditions.CheckNotNull(options);
        var policy = SHA256.HashData(Encoding.UTF8.GetBytes(DeadlinePolicyForm.Text(options.Engine.Policy)));
        return new TallyIdentity(
            $"{options.Scheme.Name} [{string.Join(",", options.Scheme.Codes.Select(c => c.Code))}]",
            "sha256:" + Convert.ToHexStringLower(policy.AsSpan(0, 8)),
            options.Engine.Calendar.Version,
            $"{options.Satisfaction.Scale}{(options.Satisfaction.CountUnreturnedForms ? ", unreturned forms counted" : string.Empty)}",
            options.BelowAverageMargin,
            options.MinimumItemsToCompare);
    }

    /// <summary>The first part that differs from another identity, as <c>name: this ≠ other</c>, or null when equal.</summary>
    /// <param name="other">The other identity.</param>
    public string? Difference(TallyIdentity other)
    {
        Preconditions.CheckNotNull(other);
        return !string.Equals(Classification, other.Classification, StringComparison.Ordinal) ? $"classification: {Classification} ≠ {other.Classification}"
            : !string.Equals(DeadlinePolicy, other.DeadlinePolicy, StringComparison.Ordinal) ? $"deadlinePolicy: {DeadlinePolicy} ≠ {other.DeadlinePolicy}"
            : !string.Equals(Calendar, other.Calendar, StringComparison.Ordinal) ? $"calendar: {Calendar} ≠ {other.Calendar}"
            : !string.Equals(Satisfaction, other.Satisfaction, StringComparison.Ordinal) ? $"satisfaction: {Satisfaction} ≠ {other.Satisfaction}"
            : BelowAverageMargin != other.BelowAverageMargin ? string.Create(CultureInfo.InvariantCulture, $"belowAverageMargin: {BelowAverageMargin} ≠ {other.BelowAverageMargin}")
            : MinimumItemsToCompare != other.MinimumItemsToCompare ? string.Create(CultureInfo.InvariantCulture, $"minimumItemsToCompare: {MinimumItemsToCompare} ≠ {other.MinimumItemsToCompare}")
            : null;
    }

    /// <summary>The identity on one line.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"classification {Classification}, deadline policy {DeadlinePolicy}, calendar {Calendar}, satisfaction {Satisfaction}, margin {BelowAverageMargin}, minimum {MinimumItemsToCompare}");
}

/// <summary>
/// The mergeable counts of one ledger's annual report (a city's, a county's): counts only, no item data, so that it can
/// leave the city. A province merges its cities' tallies (<see cref="ReportTallies.Merge"/>) into the report of the
/// union, figure for figure what a report on the concatenated ledgers gives — except the lists of items behind the
/// findings, which a tally does not carry (the merged findings count those items as omitted). Made by
/// <see cref="AnnualReportAccumulator.ToTally"/>, saved and read by <c>Serialization.ReportTallyJson</c>. Immutable and thread-safe.
/// </summary>
public sealed class ReportTally
{
    private readonly long[] activityCounts;

    internal ReportTally(
        string name,
        LocalDate asOf,
        int? year,
        TallyIdentity computedUnder,
        ItemFingerprint fingerprint,
        IReadOnlyList<UInt128> sketch,
        ItemTally suggestions,
        ItemTally proposals,
        ItemTally motions,
        IReadOnlyDictionary<string, UnitCounts> units,
        IReadOnlyDictionary<int, long> years,
        long silent,
        long followUps,
        long unreturned,
        IReadOnlyDictionary<string, long> lateReturns,
        long[] activityCounts)
    {
        Name = name;
        AsOf = asOf;
        Year = year;
        ComputedUnder = computedUnder;
        Fingerprint = fingerprint;
        Sketch = sketch;
        Suggestions = suggestions;
        Proposals = proposals;
        Motions = motions;
        Units = new SortedDictionary<string, UnitCounts>(units.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        Years = new SortedDictionary<int, long>(years.ToDictionary(kv => kv.Key, kv => kv.Value));
        Silent = silent;
        FollowUps = followUps;
        Unreturned = unreturned;
        LateReturns = new SortedDictionary<string, long>(lateReturns.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        this.activityCounts = (long[])activityCounts.Clone();
    }

    /// <summary>The version of the tally document format this library writes (<c>version</c> in the JSON).</summary>
    public const int FormatVersion = 1;

    /// <summary>Whose ledger it is: the city or issuer (e.g. 某市), the row of the merged report's table by city.</summary>
    public string Name { get; }

    /// <summary>The as-of date of the figures.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The year filter applied (交办 year), or null.</summary>
    public int? Year { get; }

    /// <summary>The scheme and policies the figures were computed under.</summary>
    public TallyIdentity ComputedUnder { get; }

    /// <summary>The fingerprint of the items counted (their ids and titles).</summary>
    internal ItemFingerprint Fingerprint { get; }

    /// <summary>Where the tally was read from (a file name), or null for one made in memory; errors name it.</summary>
    public string? Origin { get; private init; }

    /// <summary>Items counted (建议, 提案 and 议案).</summary>
    public long Items => Fingerprint.Count;

    internal IReadOnlyList<UInt128> Sketch { get; }

    internal ItemTally Suggestions { get; }

    internal ItemTally Proposals { get; }

    internal ItemTally Motions { get; }

    internal SortedDictionary<string, UnitCounts> Units { get; }

    internal SortedDictionary<int, long> Years { get; }

    internal long Silent { get; }

    internal long FollowUps { get; }

    internal long Unreturned { get; }

    internal SortedDictionary<string, long> LateReturns { get; }

    internal ReadOnlySpan<long> ActivityCounts => activityCounts;

    /// <summary>The same tally under another name.</summary>
    /// <param name="name">The city or issuer.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public ReportTally WithName(string name) => string.IsNullOrWhiteSpace(name)
        ? throw new ArgumentException("A tally needs the name of its city or issuer.", nameof(name))
        : With(name.Trim(), Origin);

    internal ReportTally WithOrigin(string? origin) => With(Name, origin);

    /// <summary>The name and the key counts, for diagnostics.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {Items} items as of {AsOf:uuuu-MM-dd}, fingerprint {Fingerprint}");

    private ReportTally With(string name, string? origin) =>
        new(name, AsOf, Year, ComputedUnder, Fingerprint, Sketch, Suggestions, Proposals, Motions, Units, Years, Silent, FollowUps, Unreturned, LateReturns, activityCounts)
        {
            Origin = origin,
        };
}

/// <summary>Why tallies cannot be read or merged: the file, the JSON path and the reason. Thread-safe once made.</summary>
public sealed class ReportTallyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportTallyException()
        : this(null, null, "The tally is not valid.")
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    /// <param name="message">The reason.</param>
    public ReportTallyException(string message)
        : this(null, null, message)
    {
    }

    /// <summary>Creates the exception with a reason and its cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public ReportTallyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="file">The tally file (or files) concerned, or null.</param>
    /// <param name="path">The JSON path of the offending value, or null.</param>
    /// <param name="reason">Why.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ReportTallyException(string? file, string? path, string reason, Exception? innerException = null)
        : base(Describe(file, path, reason), innerException)
    {
        File = file;
        JsonPath = path;
        Reason = reason;
    }

    /// <summary>The tally file (or files) concerned, or null.</summary>
    public string? File { get; }

    /// <summary>The JSON path of the offending value (e.g. <c>$.byKind.suggestions.counters.onTime</c>), or null.</summary>
    public string? JsonPath { get; }

    /// <summary>Why.</summary>
    public string Reason { get; } = string.Empty;

    private static string Describe(string? file, string? path, string reason) =>
        (file, path) switch
        {
            (not null, not null) => $"{file}: {path}: {reason}",
            (not null, null) => $"{file}: {reason}",
            (null, not null) => $"{path}: {reason}",
            _ => reason,
        };
}

/// <summary>Merges cities' tallies into the report of their union (a province's). Stateless and thread-safe.</summary>
/// <example>
/// <code>
/// var cityA = new AnnualReportAccumulator(asOf);
/// cityA.AddRange(itemsOfCityA);
/// var cityB = new AnnualReportAccumulator(asOf);
/// cityB.AddRange(itemsOfCityB);
/// // A city's tally holds counts only, so it can leave the city as JSON; the province merges the tallies exactly
/// // (1 of 2 on time is 50 %, whatever the cities' own rates were).
/// string sent = ReportTallyJson.Write(cityB.ToTally("乙市"));
/// AnnualReport province = ReportTallies.Merge([cityA.ToTally("甲市"), ReportTallyJson.Read(sent, "乙市.tally.json")]);
/// </code>
/// </example>
public static class ReportTallies
{
    /// <summary>
    /// Checks that the tallies can be merged and merges them: the report of the union of their ledgers, with a table by
    /// city (<see cref="AnnualReport.ByCity"/>, in the order given). Refused: tallies of different as-of dates or years,
    /// computed under another scheme or policy than <paramref name="options"/>, or with items in common (the same ledger
    /// given twice: equal fingerprints; or overlapping ledgers, caught when their id sketches share an id).
    /// </summary>
    /// <param name="tallies">The tallies (at least one).</param>
    /// <param name="options">The options to report with; <see cref="AnnualReportOptions.Default"/> when null. Their year must be the tallies'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tallies"/> or an element is null.</exception>
    /// <exception cref="ReportTallyException">The tallies cannot be merged; the message names the files and why.</exception>
    public static AnnualReport Merge(IReadOnlyList<ReportTally> tallies, AnnualReportOptions? options = null)
    {
        Preconditions.CheckNotNull(tallies);
        if (tallies.Count == 0)
        {
            throw new ReportTallyException(null, null, "There is no tally to merge.");
        }

        var first = Preconditions.CheckNotNull(tallies[0], nameof(tallies));
        options = (options ?? AnnualReportOptions.Default) with { Year = first.Year };
        var identity = TallyIdentity.Of(options);
        for (var i = 0; i < tallies.Count; i++)
        {
            var tally = Preconditions.CheckNotNull(tallies[i], nameof(tallies));
            if (tally.AsOf != first.AsOf)
            {
                throw new ReportTallyException(
                    $"{Where(first)} and {Where(tally)}",
                    "$.asOf",
                    $"the tallies are as of different dates ({Date(first.AsOf)} and {Date(tally.AsOf)}); make every city's tally with the same --as-of.");
            }

            if (tally.Year != first.Year)
            {
                throw new ReportTallyException($"{Where(first)} and {Where(tally)}", "$.year", $"the tallies are for different years ({YearText(first.Year)} and {YearText(tally.Year)}).");
            }

            if (tally.ComputedUnder.Difference(identity) is { } difference)
            {
                throw new ReportTallyException(Where(tally), "$.computedUnder", $"the tally was computed under another scheme or policy than this report's ({difference}).");
            }

            for (var j = 0; j < i; j++)
            {
                var other = tallies[j];
                if (tally.Fingerprint.Count > 0 && tally.Fingerprint == other.Fingerprint)
                {
                    throw new ReportTallyException($"{Where(other)} and {Where(tally)}", "$.items.fingerprint", $"the same ledger is given twice (equal fingerprints {tally.Fingerprint}).");
                }

                if (IdSketch.Overlap(tally.Sketch, other.Sketch))
                {
                    throw new ReportTallyException($"{Where(other)} and {Where(tally)}", "$.items.sketch", "the ledgers have items in common (their id sketches share an id): a province's report counts each item once.");
                }
            }
        }

        var accumulator = new AnnualReportAccumulator(first.AsOf, options);
        foreach (var tally in tallies)
        {
            accumulator.Merge(tally);
        }

        return accumulator.ToReport();
    }

    private static string Where(ReportTally tally) => tally.Origin ?? $"the tally of {tally.Name}";

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string YearText(int? year) => year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "every year";
}
