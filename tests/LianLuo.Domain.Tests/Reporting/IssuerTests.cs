using LianLuo.Domain.Reporting;

namespace LianLuo.Domain.Tests.Reporting;

/// <summary>The issuer's level of government decides the words of the Chinese summary.</summary>
public class IssuerTests
{
    [Theory]
    [InlineData("市政府", "市", "中央和省、市")]
    [InlineData("兰州市人民政府", "市", "中央和省、市")]
    [InlineData("上海市人民政府", "市", "中央和市")]
    [InlineData("区政府", "区", "中央和省、市、区")]
    [InlineData("城关区人民政府", "区", "中央和省、市、区")]
    [InlineData("北京市海淀区人民政府", "区", "中央和市、区")]
    [InlineData("县人民政府", "县", "中央和省、市、县")]
    [InlineData("省政府", "省", "中央和省")]
    [InlineData("甘肃省人民政府", "省", "中央和省")]
    [InlineData("广西壮族自治区人民政府", "自治区", "中央和自治区")]
    [InlineData("延边朝鲜族自治州人民政府", "自治州", "中央和省、自治州")]
    [InlineData("临夏州人民政府", "州", "中央和省、州")]
    [InlineData("大通回族土族自治县人民政府", "自治县", "中央和省、市、自治县")]
    [InlineData("正蓝旗人民政府", "旗", "中央和自治区、盟市、旗")]
    [InlineData(" 市政府办公室 ", "市", "中央和省、市")]
    public void Parse_Name_GivesTheLevelAndItsWords(string name, string level, string decisionMakers)
    {
        var issuer = Issuer.Parse(name);

        Assert.Equal((name.Trim(), level, decisionMakers), (issuer.Name, issuer.Level, issuer.DecisionMakers));
    }

    [Fact]
    public void Parse_District_GivesEveryWordOfTheDistrict()
    {
        var issuer = Issuer.Parse("区政府");

        Assert.Equal(
            ("区人大代表", "区政协委员", "区人民代表大会", "区人大常委会", "区政协", "区政府", "区政府领导"),
            (issuer.Deputies, issuer.CppccMembers, issuer.PeoplesCongress, issuer.StandingCommittee, issuer.Cppcc, issuer.Government, issuer.GovernmentLeaders));
        Assert.Equal(Issuer.Parse("区政府"), issuer);
        Assert.NotEqual(Issuer.Parse("城关区人民政府"), issuer);
        Assert.Equal("市政府", Issuer.CityGovernment.ToString());
    }

    [Theory]
    [InlineData("政府")]
    [InlineData("人民政府")]
    [InlineData("教育局")]
    [InlineData("锡林郭勒盟行政公署")]
    [InlineData("  ")]
    public void Parse_UnrecognisedLevel_ThrowsNamingTheValue(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => Issuer.Parse(name));

        Assert.Equal("name", ex.ParamName);
        Assert.StartsWith("issuer (发文机关) must name a government whose level is recognised: 省, 自治区, 市, 自治州, 州, 区, 县, 自治县, 旗 or 自治旗", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"(value: {name})", ex.Message, StringComparison.Ordinal);
        Assert.False(Issuer.TryParse(name, out _, out _));
    }
    [Fact]
    public void TryParse_GivesTheIssuer_OrAProblemNamingTheValue()
    {
        Assert.True(Issuer.TryParse(" 城关区人民政府 ", out var issuer, out var none));
        Assert.Null(none);
        Assert.Equal(("城关区人民政府", "区"), (issuer.Name, issuer.Level));

        Assert.False(Issuer.TryParse("教育局", out var nothing, out var problem));
        Assert.Null(nothing);
        Assert.Equal(("issuer", string.Empty, "教育局"), (problem.Code, problem.Location, problem.Value));
        Assert.StartsWith("issuer (发文机关) must name a government whose level is recognised", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("(value: 教育局)", problem.Message, StringComparison.Ordinal);
        Assert.False(Issuer.TryParse(null, out _, out var missing));
        Assert.EndsWith("(value: )", missing.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Issuer.Parse(null!)).ParamName);
    }

    // 自治旗 under 自治区 and 盟市; a 自治区's 区 is not a district's; a name's last 政府 decides.
    [Theory]
    [InlineData("鄂温克族自治旗人民政府", "自治旗", "中央和自治区、盟市、自治旗")]
    [InlineData("重庆市人民政府", "市", "中央和市")]
    [InlineData("天津市滨海新区人民政府", "区", "中央和市、区")]
    [InlineData("重庆市石柱土家族自治县人民政府", "自治县", "中央和市、自治县")]
    [InlineData("市政府", "市", "中央和省、市")]
    public void Parse_MoreLevels(string name, string level, string decisionMakers)
    {
        var issuer = Issuer.Parse(name);
        Assert.Equal((level, decisionMakers), (issuer.Level, issuer.DecisionMakers));
        Assert.Equal(issuer.GetHashCode(), Issuer.Parse(name).GetHashCode());
        Assert.True(issuer.Equals((object)Issuer.Parse(name)));
        Assert.False(issuer.Equals((object?)null));
        Assert.False(issuer.Equals((Issuer?)null));
    }
}
