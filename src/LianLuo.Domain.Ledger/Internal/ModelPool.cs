using LianLuo.Domain.Model;

namespace LianLuo.Domain.Ledger.Internal;

/// <summary>
/// Shares the small immutable model values that repeat from row to row of a ledger: the handling units (承办单位) with
/// their 主办 and 会办 assignments, and the proposers (领衔人), so that a long ledger does not build each of them again
/// per row. They are immutable records with value equality, so an item holding a shared one is equal to an item holding
/// its own. Holds at most <see cref="Capacity"/> names of each kind (beyond that, new values are made as before); not
/// thread-safe (one per reading).
/// </summary>
internal sealed class ModelPool
{
    /// <summary>The most names kept of each kind.</summary>
    internal const int Capacity = 8192;

    private readonly Dictionary<string, UnitValues> units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Deputy> deputies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Member> members = new(StringComparer.Ordinal);

    /// <summary>The unit of a name, with its assignments.</summary>
    internal UnitValues Unit(string name) => Unit(name.AsSpan());

    /// <summary>The unit of a name (a cell's text: looked up without a string), with its assignments.</summary>
    internal UnitValues Unit(ReadOnlySpan<char> name)
    {
        if (units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        var made = new UnitValues(new HandlingUnit(text));
        if (units.Count < Capacity)
        {
            units.Add(text, made);
        }

        return made;
    }

    /// <summary>The deputy (人大代表) of a name, with no delegation.</summary>
    internal Deputy Deputy(ReadOnlySpan<char> name) => Get(deputies, name, static n => new Deputy(n));

    /// <summary>The member (政协委员) of a name, with no sector.</summary>
    internal Member Member(ReadOnlySpan<char> name) => Get(members, name, static n => new Member(n));

    private static T Get<T>(Dictionary<string, T> known, ReadOnlySpan<char> name, Func<string, T> make)
    {
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var value))
        {
            return value;
        }

        var text = name.ToString();
        value = make(text);
        if (known.Count < Capacity)
        {
            known.Add(text, value);
        }

        return value;
    }

    /// <summary>A unit and its two assignments as the ledger writes them (no responsible leader, no handler).</summary>
    internal sealed class UnitValues(HandlingUnit unit)
    {
        private Assignment? lead;
        private Assignment? coHandling;

        public HandlingUnit Unit { get; } = unit;

        /// <summary>The unit as 主办.</summary>
        public Assignment Lead => lead ??= new Assignment(Unit, AssignmentRole.Lead);

        /// <summary>The unit as 会办.</summary>
        public Assignment CoHandling => coHandling ??= new Assignment(Unit, AssignmentRole.CoHandling);
    }
}
