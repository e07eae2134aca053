namespace LianLuo.Domain.Tests.Model;

/// <summary>Checks that a construction is refused with an exception naming the field, the value and the rule.</summary>
internal static class Refusal
{
    public static TException Assert<TException>(Action construct, string paramName, params string[] fragments)
        where TException : ArgumentException
    {
        var ex = Xunit.Assert.Throws<TException>(construct);
        Xunit.Assert.Equal(paramName, ex.ParamName);
        foreach (var fragment in fragments)
        {
            Xunit.Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }

        return ex;
    }
}
