using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Model;

/// <summary>Who made a submission: a deputy, a member or a group. Immutable and thread-safe.</summary>
public abstract record Proposer
{
    private protected Proposer(string name) => Name = Preconditions.CheckText(name, "Proposer.Name (提出人)");

    /// <summary>The proposer's name.</summary>
    public string Name { get; }
}

/// <summary>A people's congress deputy (人大代表). Immutable and thread-safe.</summary>
public sealed record Deputy : Proposer
{
    /// <summary>Creates a deputy.</summary>
    /// <param name="name">The deputy's name.</param>
    /// <param name="delegation">The delegation (代表团), if known.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public Deputy(string name, string? delegation = null)
        : base(name) => Delegation = Preconditions.CheckOptionalText(delegation);

    /// <summary>The delegation (代表团), or null when unknown.</summary>
    public string? Delegation { get; }
}

/// <summary>A CPPCC member (政协委员). Immutable and thread-safe.</summary>
public sealed record Member : Proposer
{
    /// <summary>Creates a member.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="sector">The sector (界别), if known.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public Member(string name, string? sector = null)
        : base(name) => Sector = Preconditions.CheckOptionalText(sector);

    /// <summary>The sector (界别), or null when unknown.</summary>
    public string? Sector { get; }
}

/// <summary>A group proposer: a democratic party, the federation of industry and commerce, a sector or a committee. Immutable and thread-safe.</summary>
public sealed record GroupProposer : Proposer
{
    /// <summary>Creates a group proposer.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public GroupProposer(string name, GroupKind kind)
        : base(name) => Kind = Preconditions.CheckDefined(kind, "GroupProposer.Kind");

    /// <summary>The kind of group.</summary>
    public GroupKind Kind { get; }
}
