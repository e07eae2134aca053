using System.Diagnostics.CodeAnalysis;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Reporting;

/// <summary>
/// Who issues the annual summary (发文机关), e.g. 市政府 or 城关区人民政府, and the words its level of government
/// (行政级别) gives the summary: a 区 government writes of 区人大代表 and 区政协委员, of the 区人民代表大会 and
/// 区政协, and of 区政府领导. The level is read from the name: the part before its 人民政府 (or 政府) must end in
/// 省, 自治区, 市, 自治州, 州, 区, 县, 自治县, 旗 or 自治旗; 北京市, 天津市, 上海市 and 重庆市 are municipalities directly
/// under the central government (直辖市), whose districts and counties have no province above them. A 盟 has an
/// administrative office (行政公署) rather than a government and no people's congress of its own, so it is not a level
/// here. Immutable and thread-safe, with value equality on the name.
/// </summary>
/// <example>
/// <code>
/// Issuer issuer = Issuer.Parse("城关区人民政府");
/// Console.WriteLine(issuer.Level);            // 区
/// Console.WriteLine(issuer.DecisionMakers);   // 中央和省、市、区
/// if (!Issuer.TryParse("某公司", out _, out Problem? problem))
/// {
///     Console.WriteLine(problem.Message);      // names the levels it recognises
/// }
/// </code>
/// </example>
public sealed class Issuer : IEquatable<Issuer>
{
    private static readonly string[] Levels = ["自治区", "自治州", "自治县", "自治旗", "省", "市", "州", "区", "县", "旗"];
    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    private Issuer(string name, string level, IReadOnlyList<string> higherLevels)
    {
        Name = name;
        Level = level;
        HigherLevels = higherLevels;
    }

    /// <summary>The default issuer, 市政府 (a city government).</summary>
    public static Issuer CityGovernment { get; } = Parse("市政府");

    /// <summary>The issuer's name as given, e.g. 市政府 or 城关区人民政府.</summary>
    public string Name { get; }

    /// <summary>The level of government (行政级别) that prefixes the words: 省, 自治区, 市, 自治州, 州, 区, 县, 自治县, 旗 or 自治旗.</summary>
    public string Level { get; }

    /// <summary>The levels above, from the highest (e.g. 省 and 市 for a 区), whose decisions the summary says it carries out.</summary>
    public IReadOnlyList<string> HigherLevels { get; }

    /// <summary>The deputies of the level's people's congress, e.g. 市人大代表.</summary>
    public string Deputies => Level + "人大代表";

    /// <summary>The members of the level's CPPCC committee, e.g. 市政协委员.</summary>
    public string CppccMembers => Level + "政协委员";

    /// <summary>The level's people's congress, e.g. 市人民代表大会.</summary>
    public string PeoplesCongress => Level + "人民代表大会";

    /// <summary>The standing committee of the level's people's congress, e.g. 市人大常委会.</summary>
    public string StandingCommittee => Level + "人大常委会";

    /// <summary>The level's CPPCC committee, e.g. 市政协.</summary>
    public string Cppcc => Level + "政协";

    /// <summary>The level's government in short, e.g. 市政府 (its 全体会议, 常务会议).</summary>
    public string Government => Level + "政府";

    /// <summary>The leaders of the level's government, e.g. 市政府领导.</summary>
    public string GovernmentLeaders => Level + "政府领导";

    /// <summary>Whose decisions the summary carries out: 中央 and every level from the highest down to this one, e.g. 中央和省、市.</summary>
    public string DecisionMakers => "中央和" + string.Join("、", HigherLevels.Append(Level));

    /// <summary>Reads the level of government from an issuer's name.</summary>
    /// <param name="name">The name, e.g. 市政府, 区政府, 城关区人民政府, 广西壮族自治区人民政府.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or its level of government cannot be recognised.</exception>
    public static Issuer Parse(string name)
    {
        Preconditions.CheckNotNull(name);
        return TryParseCore(name, out var issuer, out var error) ? issuer : throw new ArgumentException(error, nameof(name));
    }

    /// <summary>Reads the level of government from an issuer's name, or says why it cannot.</summary>
    /// <param name="name">The name.</param>
    /// <param name="issuer">The issuer, when the level is recognised.</param>
    /// <param name="problem">
    /// Why not (code <c>issuer</c>, no location: the caller knows where the name came from, the rule, and the name as
    /// value), else null.
    /// </param>
    public static bool TryParse(string? name, [NotNullWhen(true)] out Issuer? issuer, [NotNullWhen(false)] out Problem? problem)
    {
        if (TryParseCore(name, out issuer, out var error))
        {
            problem = null;
            return true;
        }

        problem = new Problem("issuer", string.Empty, error, name);
        return false;
    }

    private static bool TryParseCore(string? name, [NotNullWhen(true)] out Issuer? issuer, [NotNullWhen(false)] out string? error)
    {
        issuer = null;
        var text = name?.Trim() ?? string.Empty;
        var government = text.LastIndexOf("政府", StringComparison.Ordinal);
        var before = government < 0 ? string.Empty : text[..government];
        if (before.EndsWith("人民", StringComparison.Ordinal))
        {
            before = before[..^2];
        }

        var level = Levels.FirstOrDefault(l => before.EndsWith(l, StringComparison.Ordinal));
        if (level is null)
        {
            error = $"issuer (发文机关) must name a government whose level is recognised: 省, 自治区, 市, 自治州, 州, 区, 县, 自治县, 旗 or 自治旗 followed by 政府 or 人民政府, e.g. 市政府 or 城关区人民政府 (value: {name})";
            return false;
        }

        var municipality = Municipalities.Any(m => before.StartsWith(m, StringComparison.Ordinal));
        string[] higher = level switch
        {
            "省" or "自治区" => [],
            "市" => municipality ? [] : ["省"],
            "州" or "自治州" => ["省"],
            "旗" or "自治旗" => ["自治区", "盟市"],
            _ => municipality ? ["市"] : ["省", "市"], // 区, 县, 自治县
        };
        issuer = new Issuer(text, level, Array.AsReadOnly(higher));
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Issuer? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Issuer);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
