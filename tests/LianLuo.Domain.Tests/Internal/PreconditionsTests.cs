using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LianLuo.Domain.Internal;

namespace LianLuo.Domain.Tests.Internal;

/// <summary>
/// The argument checks behind every constructor of the model: what they accept, what they refuse, and the words of the
/// refusal (field, rule and value; the parameter's name on the exception, not in the words a reader shows).
/// </summary>
public sealed class PreconditionsTests
{
    private enum Run
    {
        Low = -1,
        Middle = 0,
        High = 1,
    }

    private enum Gap
    {
        One = 1,
        Three = 3,
    }

    private enum Small : byte
    {
        Zero,
        One,
    }

    [Theory]
    [InlineData("  市教育局 ", "市教育局")]
    [InlineData("x", "x")]
    [InlineData("\t张 三\n", "张 三")]
    public void CheckText_TrimsWhatItAccepts(string value, string expected) => Assert.Equal(expected, Preconditions.CheckText(value, "Unit name"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void CheckText_RefusesEmptyAndWhiteSpace_NamingTheFieldAndValue(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => Preconditions.CheckText(value, "Unit name"));

        Assert.Equal("value", ex.ParamName);
        Assert.Equal($"Unit name must not be empty or white space (value: \"{value}\").", Preconditions.WordsOf(ex));
    }

    [Fact]
    public void CheckText_RefusesNull_ByTheArgumentsName()
    {
        string? unitName = null;

        var ex = Assert.Throws<ArgumentNullException>(() => Preconditions.CheckText(unitName, "Unit name"));

        Assert.Equal("unitName", ex.ParamName);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData(" 说明 ", "说明")]
    public void CheckOptionalText_IsNullWhenBlank_ElseTrimmed(string? value, string? expected) => Assert.Equal(expected, Preconditions.CheckOptionalText(value));

    [Fact]
    public void CheckNotNull_ReturnsTheValue_OrNamesTheArgument()
    {
        var text = "x";
        Assert.Same(text, Preconditions.CheckNotNull(text));
        string? missing = null;
        Assert.Equal("missing", Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotNull(missing)).ParamName);
    }

    [Fact]
    public void CheckNonNegative_AcceptsZero_RefusesMinusOne()
    {
        Assert.Equal(0, Preconditions.CheckNonNegative(0, "Persons"));
        Assert.Equal(0L, Preconditions.CheckNonNegative(0L, "Rows"));
        Assert.Equal(int.MaxValue, Preconditions.CheckNonNegative(int.MaxValue, "Persons"));
        Assert.Equal(long.MaxValue, Preconditions.CheckNonNegative(long.MaxValue, "Rows"));

        var persons = -1;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckNonNegative(persons, "Persons"));
        Assert.Equal(("persons", (object?)-1, "Persons must be zero or more (value: -1)."), (ex.ParamName, ex.ActualValue, Preconditions.WordsOf(ex)));

        var rows = long.MinValue;
        var exLong = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckNonNegative(rows, "Rows"));
        Assert.Equal(("rows", (object?)long.MinValue, "Rows must be zero or more (value: -9223372036854775808)."), (exLong.ParamName, exLong.ActualValue, Preconditions.WordsOf(exLong)));
    }

    [Fact]
    public void CheckPositive_AcceptsOne_RefusesZero()
    {
        Assert.Equal(1, Preconditions.CheckPositive(1, "Working days"));

        var days = 0;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckPositive(days, "Working days"));
        Assert.Equal(("days", "Working days must be positive (value: 0)."), (ex.ParamName, Preconditions.WordsOf(ex)));
    }

    [Property]
    public bool CheckNonNegative_RefusesExactlyTheNegatives(int value) =>
        value < 0 == Throws(() => Preconditions.CheckNonNegative(value, "n")) && value < 0 == Throws(() => Preconditions.CheckNonNegative((long)value, "n"));

    [Property]
    public bool CheckPositive_RefusesExactlyZeroAndTheNegatives(int value) => value <= 0 == Throws(() => Preconditions.CheckPositive(value, "n"));

    [Property]
    public Property CheckDefined_AgreesWithEnumIsDefined_ForEveryKindOfEnum()
    {
        var near = Gen.Choose(-3, 5);
        return Prop.ForAll(near.ToArbitrary(), number =>
            Throws(() => Preconditions.CheckDefined((Run)number, "Run")) == !Enum.IsDefined((Run)number)
            && Throws(() => Preconditions.CheckDefined((Gap)number, "Gap")) == !Enum.IsDefined((Gap)number)
            && Throws(() => Preconditions.CheckDefined((Small)(byte)(number & 0xFF), "Small")) == !Enum.IsDefined((Small)(byte)(number & 0xFF)));
    }

    [Fact]
    public void CheckDefined_AtTheBoundsOfARun()
    {
        Assert.Equal(Run.Low, Preconditions.CheckDefined(Run.Low, "Run"));
        Assert.Equal(Run.High, Preconditions.CheckDefined(Run.High, "Run"));
        var below = (Run)(-2);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined(below, "Result category"));
        Assert.Equal(("below", "Result category has no such value (-2)."), (ex.ParamName, Preconditions.WordsOf(ex)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined((Run)2, "Run"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined((Gap)2, "Gap"));
        Assert.Equal(Gap.Three, Preconditions.CheckDefined(Gap.Three, "Gap"));
    }

    [Fact]
    public void WordsOf_LeavesOutTheParameterAndTheActualValueLine_ButKeepsLineBreaksOfOurOwn()
    {
        var ex = new ArgumentOutOfRangeException("days", 5, "Too many days (value: 5).");

        // The framework's message is ours, " (Parameter 'days')" and a line "Actual value was 5.".
        Assert.Contains("Actual value was 5.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Too many days (value: 5).", Preconditions.WordsOf(ex));
        Assert.Equal("A title of two lines (value: \"a\r\nb\").", Preconditions.WordsOf(new ArgumentException("A title of two lines (value: \"a\r\nb\").", "title")));
        Assert.Equal("Value \"a\nb\" refused.", Preconditions.WordsOf(new ArgumentOutOfRangeException("title", "a\nb", "Value \"a\nb\" refused.")));
        Assert.Equal("No parameter named.", Preconditions.WordsOf(new ArgumentOutOfRangeException(null, 3, "No parameter named.")));
        Assert.Equal("Two lines\nof ours.", Preconditions.WordsOf(new ArgumentException("Two lines\nof ours.")));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }
}
