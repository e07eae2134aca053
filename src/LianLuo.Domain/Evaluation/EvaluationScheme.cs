using System.Globalization;
using LianLuo.Domain.Internal;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Evaluation;

/// <summary>
/// An assessment scheme (考核评价办法) as data: indicators, deductions and bonuses, grade bands with an optional cap,
/// a minimum number of items for ranking, and manual scores per unit. Always valid: it is made only by
/// <see cref="EvaluationSchemeBuilder.Build"/> or <c>Serialization.EvaluationSchemeJson.Read</c>, which check every rule
/// and report every problem at once. Presets are in <see cref="EvaluationPresets"/>.
/// Immutable and thread-safe, with value equality.
/// </summary>
public sealed record EvaluationScheme
{
    internal EvaluationScheme(EvaluationSchemeBuilder builder)
    {
        Name = builder.Name.Trim();
        Description = Preconditions.CheckOptionalText(builder.Description);
        ScoredKinds = new EquatableArray<SubmissionKind>(builder.ScoredKinds);
        MinimumItems = builder.MinimumItems;
        Indicators = new EquatableArray<EvaluationIndicator>(builder.Indicators);
        Deductions = new EquatableArray<ItemRule>(builder.Deductions);
        Bonuses = new EquatableArray<ItemRule>(builder.Bonuses);
        Grades = new EquatableArray<GradeBand>(builder.Grades);
        ManualScores = new EquatableArray<ManualScore>(builder.ManualScores);
    }

    /// <summary>The scheme's name, e.g. 默认考核方案.</summary>
    public string Name { get; }

    /// <summary>A description, or null.</summary>
    public string? Description { get; }

    /// <summary>The kinds of item scored (建议 and 提案 by default; 议案 are not scored).</summary>
    public EquatableArray<SubmissionKind> ScoredKinds { get; }

    /// <summary>The fewest scored items a unit needs to be ranked and graded, or null when every unit is ranked.</summary>
    public int? MinimumItems { get; }

    /// <summary>The indicators, in display order.</summary>
    public EquatableArray<EvaluationIndicator> Indicators { get; }

    /// <summary>The deduction rules (扣分).</summary>
    public EquatableArray<ItemRule> Deductions { get; }

    /// <summary>The bonus rules (加分).</summary>
    public EquatableArray<ItemRule> Bonuses { get; }

    /// <summary>The grade bands, from the highest minimum score down to 0.</summary>
    public EquatableArray<GradeBand> Grades { get; }

    /// <summary>The manual scores per unit and manual indicator.</summary>
    public EquatableArray<ManualScore> ManualScores { get; }

    /// <summary>A builder holding a copy of this scheme, to derive a changed scheme.</summary>
    public EvaluationSchemeBuilder ToBuilder()
    {
        var builder = new EvaluationSchemeBuilder { Name = Name, Description = Description, MinimumItems = MinimumItems };
        builder.ScoredKinds.Clear();
        builder.ScoredKinds.AddRange(ScoredKinds);
        builder.Indicators.AddRange(Indicators);
        builder.Deductions.AddRange(Deductions);
        builder.Bonuses.AddRange(Bonuses);
        builder.Grades.AddRange(Grades);
        builder.ManualScores.AddRange(ManualScores);
        return builder;
    }

    /// <summary>A copy of this scheme with the manual scores replaced.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="InvalidSchemeException">A score names no manual indicator, repeats, or is out of range.</exception>
    public EvaluationScheme WithManualScores(IEnumerable<ManualScore> scores)
    {
        Preconditions.CheckNotNull(scores);
        var builder = ToBuilder();
        builder.ManualScores.Clear();
        builder.ManualScores.AddRange(scores);
        return builder.Build();
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>
/// Assembles an <see cref="EvaluationScheme"/> and checks it. Mutable and not thread-safe; the scheme it builds is immutable.
/// </summary>
public sealed class EvaluationSchemeBuilder
{
    /// <summary>The scheme's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>A description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>The kinds of item scored; 建议 and 提案 to start with.</summary>
    public List<SubmissionKind> ScoredKinds { get; } = [SubmissionKind.Suggestion, SubmissionKind.Proposal];

    /// <summary>The fewest scored items a unit needs to be ranked, or null (every unit is ranked).</summary>
    public int? MinimumItems { get; set; }

    /// <summary>The indicators.</summary>
    public List<EvaluationIndicator> Indicators { get; } = [];

    /// <summary>The deduction rules.</summary>
    public List<ItemRule> Deductions { get; } = [];

    /// <summary>The bonus rules.</summary>
    public List<ItemRule> Bonuses { get; } = [];

    /// <summary>The grade bands, from the highest minimum score down to 0.</summary>
    public List<GradeBand> Grades { get; } = [];

    /// <summary>The manual scores.</summary>
    public List<ManualScore> ManualScores { get; } = [];

    /// <summary>Every problem that keeps the builder from making a valid scheme; empty when it is valid.</summary>
    public IReadOnlyList<SchemeProblem> Validate() => SchemeValidator.Validate(this);

    /// <summary>Builds the scheme when it is valid.</summary>
    /// <param name="scheme">The scheme, or null.</param>
    /// <param name="problems">Every problem found; empty on success.</param>
    /// <returns>Whether the scheme is valid.</returns>
    public bool TryBuild([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EvaluationScheme? scheme, out IReadOnlyList<SchemeProblem> problems)
    {
        problems = Validate();
        scheme = problems.Count == 0 ? new EvaluationScheme(this) : null;
        return scheme is not null;
    }

    /// <summary>Builds the scheme.</summary>
    /// <exception cref="InvalidSchemeException">The scheme breaks one or more rules; the exception lists them all.</exception>
    public EvaluationScheme Build() =>
        TryBuild(out var scheme, out var problems) ? scheme : throw new InvalidSchemeException(problems);
}

/// <summary>What is wrong in a scheme.</summary>
public enum SchemeProblemKind
{
    /// <summary>A required value is missing or empty.</summary>
    Missing = 1,

    /// <summary>A maximum or a per-item amount is not positive.</summary>
    NotPositive = 2,

    /// <summary>A value is outside its range (a rate outside [0, 1], points above the maximum, …).</summary>
    OutOfRange = 3,

    /// <summary>Grade bands or graded levels are not in strictly descending order ending at 0.</summary>
    OutOfOrder = 4,

    /// <summary>A condition names a metric that is not in the catalogue.</summary>
    UnknownMetric = 5,

    /// <summary>A cap share (优秀名额) outside 0-100 %.</summary>
    CapOutOfRange = 6,

    /// <summary>An identifier or name appears twice.</summary>
    Duplicate = 7,

    /// <summary>A reference (grade band, indicator) names nothing in the scheme.</summary>
    UnknownReference = 8,

    /// <summary>A value that does not fit the indicator's source or mapping.</summary>
    Inconsistent = 9,

    /// <summary>The JSON is malformed, has a value of the wrong type, or an unknown key.</summary>
    Json = 10,
}

/// <summary>A problem in a scheme: what, where (a JSON path such as <c>indicators[0].maxPoints</c>) and why. Immutable and thread-safe.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Path">Where, as a JSON path into the scheme.</param>
/// <param name="Message">A message naming the field, the value and the rule.</param>
public sealed record SchemeProblem(SchemeProblemKind Kind, string Path, string Message) : IProblem
{
    /// <summary><c>scheme.</c> and the kind, e.g. <c>scheme.Json</c>.</summary>
    string IProblem.Code => "scheme." + Kind.ToString();

    /// <summary>The JSON path, after <c>line N, </c> when the scheme was read from JSON text.</summary>
    string IProblem.Location => Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}, {Path}") : Path;

    /// <summary>Null: the message names the value.</summary>
    string? IProblem.Value => null;

    /// <summary>
    /// The 1-based line of the JSON text where the value at <see cref="Path"/> starts (for a key, the line of the key;
    /// for a missing value, the line where its nearest enclosing value starts); null when the scheme was not read from
    /// JSON text (<see cref="EvaluationSchemeBuilder.Validate"/>).
    /// </summary>
    public int? Line { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Thrown when a scheme breaks its rules; lists every problem. Not thread-safe to mutate (as any exception).</summary>
public sealed class InvalidSchemeException : Exception
{
    /// <summary>Creates the exception for the problems.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public InvalidSchemeException(IReadOnlyList<SchemeProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with a message.</summary>
    public InvalidSchemeException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public InvalidSchemeException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates the exception with no message.</summary>
    public InvalidSchemeException()
        : base("The evaluation scheme is not valid.") => Problems = [];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<SchemeProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SchemeProblem> problems)
    {
        Preconditions.CheckNotNull(problems);
        return $"The evaluation scheme (考核方案) is not valid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
