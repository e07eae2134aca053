using System.Collections.Immutable;
using FsCheck.Xunit;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Tests.Model;

/// <summary>
/// <see cref="EquatableArray{T}"/> takes an immutable sequence without a copy, still copies anything else, and its
/// <see cref="EquatableArray{T}.Empty"/> (the default value) is the empty array in every respect.
/// </summary>
public class EquatableArraySharingTests
{
    [Fact]
    public void Constructor_ImmutableSequences_SharesTheirArray()
    {
        var immutable = ImmutableArray.Create("a", "b", "c");
        var fromImmutable = new EquatableArray<string>((IEnumerable<string>)immutable);
        var fromEquatable = new EquatableArray<string>((IEnumerable<string>)fromImmutable);

        Assert.True(immutable == fromImmutable.AsImmutableArray());
        Assert.True(immutable == fromEquatable.AsImmutableArray());
    }

    [Fact]
    public void Constructor_MutableSequences_Copies()
    {
        string[] array = ["a", "b"];
        var list = new List<string> { "a", "b" };

        var fromArray = new EquatableArray<string>(array);
        var fromList = new EquatableArray<string>(list);
        array[0] = "z";
        list[0] = "z";

        Assert.Equal(["a", "b"], fromArray);
        Assert.Equal(["a", "b"], fromList);
    }

    [Fact]
    public void Constructor_DefaultImmutableArrayAsASequence_StillRefused()
    {
        // A default ImmutableArray cannot be enumerated; as a sequence it was refused before and still is.
        IEnumerable<string> boxed = default(ImmutableArray<string>);

        Assert.ThrowsAny<Exception>(() => new EquatableArray<string>(boxed));
        Assert.Throws<ArgumentNullException>(() => new EquatableArray<string>((IEnumerable<string>)null!));
    }

    [Fact]
    public void Empty_IsTheEmptyArrayInEveryRespect()
    {
        var empty = EquatableArray<string>.Empty;
        var made = new EquatableArray<string>(ImmutableArray<string>.Empty);
        var copied = new EquatableArray<string>(new List<string>());

        Assert.True(empty.IsEmpty);
        var count = empty.Count;
        Assert.Equal(0, count);
        Assert.Empty(empty);
        Assert.True(empty.AsImmutableArray().IsEmpty);
        Assert.False(empty.AsImmutableArray().IsDefault);
        Assert.Equal(made, empty);
        Assert.Equal(copied, empty);
        Assert.Equal(made.GetHashCode(), empty.GetHashCode());
        Assert.Equal(copied.GetHashCode(), empty.GetHashCode());
        Assert.Equal("[]", empty.ToString());
        Assert.Equal(["x"], empty.Add("x"));
        Assert.Throws<IndexOutOfRangeException>(() => empty[0]);
    }

    [Property]
    public bool Equality_DoesNotDependOnHowTheArrayWasMade(string[] items)
    {
        var clean = items.Select(i => i ?? string.Empty).ToArray();
        var copied = new EquatableArray<string>(clean);
        var shared = new EquatableArray<string>((IEnumerable<string>)ImmutableArray.Create(clean));
        var built = clean.Aggregate(EquatableArray<string>.Empty, (a, i) => a.Add(i));
        return copied == shared && shared == built && copied.GetHashCode() == built.GetHashCode();
    }
}
