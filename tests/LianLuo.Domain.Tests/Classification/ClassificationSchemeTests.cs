using LianLuo.Domain.Classification;
using LianLuo.Domain.Model;

namespace LianLuo.Domain.Tests.Classification;

public class ClassificationSchemeTests
{
    [Fact]
    public void Default_IsTheNationalABCScheme()
    {
        var scheme = ClassificationScheme.Default;
        Assert.Equal(["A", "B", "C"], scheme.Codes.Select(c => c.Code));
        Assert.Equal("已经解决或基本解决", scheme[ResultCategory.A].ChineseLabel);
        Assert.Equal("正在解决或列入计划逐步解决", scheme[ResultCategory.B].ChineseLabel);
        Assert.Equal("因条件限制暂时无法解决", scheme[ResultCategory.C].ChineseLabel);
        Assert.True(scheme.IsSolved(ResultCategory.A));
        Assert.False(scheme.IsSolved(ResultCategory.B));
        Assert.True(scheme.IsPlanned(ResultCategory.B));
        Assert.True(scheme.IsSolvedOrPlanned(ResultCategory.A));
        Assert.True(scheme.IsSolvedOrPlanned(ResultCategory.B));
        Assert.False(scheme.IsSolvedOrPlanned(ResultCategory.C));
        Assert.True(scheme.RequiresReason(ResultCategory.C));
        Assert.False(scheme.RequiresReason(ResultCategory.A));
        Assert.Equal("A类（已经解决或基本解决）", scheme[ResultCategory.A].ToString());
    }

    [Fact]
    public void WithReference_AddsDThatRequiresAReason()
    {
        var d = new ResultCategory("D");
        Assert.False(ClassificationScheme.Default.Contains(d));
        Assert.Equal(3, ClassificationScheme.WithReference.IndexOf(d));
        Assert.Equal("留作参考", ClassificationScheme.WithReference[d].ChineseLabel);
        Assert.True(ClassificationScheme.WithReference.RequiresReason(d));
        Assert.False(ClassificationScheme.WithReference.IsSolvedOrPlanned(d));
    }

    [Fact]
    public void JiaYiBing_HasTheDefaultMeaningsUnderOtherCodes()
    {
        var scheme = ClassificationScheme.JiaYiBing;
        Assert.True(scheme.IsSolved(new ResultCategory("甲")));
        Assert.True(scheme.IsPlanned(new ResultCategory("乙")));
        Assert.True(scheme.RequiresReason(new ResultCategory("丙")));
        Assert.False(scheme.Contains(ResultCategory.A));
        Assert.False(scheme.IsSolved(ResultCategory.A));
    }

    [Fact]
    public void Scheme_WhereCMeansPlanned_IsPossible()
    {
        var scheme = new ClassificationScheme("某市", [
            new(ResultCategory.A, "已经解决", "solved", countsAsSolved: true),
            new(ResultCategory.B, "暂时无法解决", "cannot be solved for now", requiresReason: true),
            new(ResultCategory.C, "列入计划解决", "planned", countsAsPlanned: true),
        ]);
        Assert.True(scheme.IsPlanned(ResultCategory.C));
        Assert.True(scheme.RequiresReason(ResultCategory.B));
    }

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce()
    {
        var problems = ClassificationScheme.Validate([
            new(ResultCategory.A, "已经解决", "solved", countsAsSolved: true, countsAsPlanned: true),
            new(ResultCategory.A, "列入计划", "planned", countsAsPlanned: true),
            new(ResultCategory.B, "已经解决", "solved again"),
        ]);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("code A is defined 2 times", StringComparison.Ordinal) && p is { Location: "categories[1]", Value: "A" });
        Assert.Contains(problems, p => p.Message.Contains("label 已经解决 is used by A、B", StringComparison.Ordinal) && p is { Location: "categories[2]", Value: "已经解决" });
        Assert.Contains(problems, p => p.Message.Contains("A counts both as solved and as planned", StringComparison.Ordinal) && p is { Location: "categories[0]", Value: "A" });
        Assert.All(problems, p => Assert.Equal("classification-scheme", p.Code));
    }

    [Fact]
    public void Constructor_Invalid_ThrowsListingEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ClassificationScheme("坏方案", [
            new(ResultCategory.A, "甲", "a"),
            new(ResultCategory.A, "甲", "a"),
        ]));
        Assert.Contains("2 problem(s)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("code A", ex.Message, StringComparison.Ordinal);
        Assert.Contains("label 甲", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyOrNull_IsAProblem()
    {
        Assert.Equal([new Problem("classification-scheme", "categories", "It has no category.", null)], ClassificationScheme.Validate([]));
        Assert.Equal([new Problem("classification-scheme", "categories[0]", "It contains a null category.", null)], ClassificationScheme.Validate([null!]));
    }

    [Fact]
    public void TryCreate_ReturnsProblemsInsteadOfThrowing()
    {
        Assert.False(ClassificationScheme.TryCreate("空", [], out var none, out var problems));
        Assert.Null(none);
        Assert.Single(problems);
        Assert.True(ClassificationScheme.TryCreate("单", [new(ResultCategory.A, "已解决", "solved", countsAsSolved: true)], out var scheme, out problems));
        Assert.Empty(problems);
        Assert.Single(scheme!.Categories);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var copy = new ClassificationScheme(ClassificationScheme.Default.Name, ClassificationScheme.Default.Categories);
        Assert.Equal(ClassificationScheme.Default, copy);
        Assert.Equal(ClassificationScheme.Default.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(ClassificationScheme.Default, ClassificationScheme.WithReference);
    }

    [Theory]
    [InlineData("A", "A")]
    [InlineData(" a ", "A")]
    [InlineData("B类", "B")]
    [InlineData("b 类", "B")]
    [InlineData("因条件限制暂时无法解决", "C")]
    public void TryParse_CodeCodeWithLeiOrLabel(string text, string expected)
    {
        Assert.True(ClassificationScheme.Default.TryParse(text, out var code));
        Assert.Equal(expected, code.Code);
    }

    [Fact]
    public void Parse_JiaYiBing_AcceptsJiaLei() => Assert.Equal("甲", ClassificationScheme.JiaYiBing.Parse("甲类").Code);

    [Theory]
    [InlineData("D")]
    [InlineData("类")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Unknown_IsFalse(string? text) => Assert.False(ClassificationScheme.Default.TryParse(text, out _));

    [Fact]
    public void Parse_Unknown_ThrowsListingTheCategories()
    {
        var ex = Assert.Throws<FormatException>(() => ClassificationScheme.Default.Parse("D类"));
        Assert.Contains("A类、B类、C类", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_Unknown_ThrowsListingTheCodes() =>
        Assert.Contains("A、B、C", Assert.Throws<KeyNotFoundException>(() => ClassificationScheme.Default[new ResultCategory("D")]).Message, StringComparison.Ordinal);

    [Fact]
    public void CategoryDefinition_DefaultCodeOrEmptyLabel_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CategoryDefinition(default, "已解决", "solved"));
        Assert.Throws<ArgumentException>(() => new CategoryDefinition(ResultCategory.A, " ", "solved"));
        Assert.Throws<ArgumentNullException>(() => new CategoryDefinition(ResultCategory.A, "已解决", null!));
    }
}
