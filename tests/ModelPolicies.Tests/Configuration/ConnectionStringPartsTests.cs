using System;
using System.Data.Common;
using ModelPolicies.Analyzers.Configuration;
using Xunit;

namespace ModelPolicies.Tests.Configuration;

// ConnectionStringParts against the real DbConnectionStringBuilder: the part found is the one the builder gives.
public class ConnectionStringPartsTests
{
    [Theory]
    [InlineData("Endpoint=https://x.openai.azure.com/;Key=k;Deployment=gpt-4o")]
    [InlineData("Endpoint=https://api.openai.com/v1;Key=k;Model=gpt-4o-mini")]
    [InlineData("model=phi-4-mini;DEPLOYMENT=gpt-4o")]
    [InlineData("  Model  =  llama3.2:3b  ;")]
    [InlineData("Model=\"phi 4; mini\";Key=k")]
    [InlineData("Model='it''s';Key=k")]
    [InlineData("Model=\"say \"\"hi\"\"\"")]
    [InlineData("Model=first;Model=second")]
    [InlineData("Mo==del=x;Model=y")]
    [InlineData(";;Model=x;;")]
    [InlineData("Model=")]
    [InlineData("Model=x;Model= ")]
    [InlineData("Model=\"\"")]
    [InlineData("Endpoint=https://x/;Key=k")]
    [InlineData("phi-4-mini")]
    [InlineData("Model=\"unclosed")]
    [InlineData("Model=\"a\" b")]
    [InlineData("=x;Model=y")]
    [InlineData("Model=a\u0001b")]
    [InlineData("")]
    public void The_model_part_is_the_one_DbConnectionStringBuilder_gives(string connectionString)
    {
        string? expected;
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
            expected = builder.TryGetValue("Model", out var model) ? (string)model
                : builder.TryGetValue("Deployment", out var deployment) ? (string)deployment
                : null;
        }
        catch (ArgumentException)
        {
            expected = null;
        }

        var found = ConnectionStringParts.TryFindModel(connectionString, out var name, out var value, out var start, out var length);

        Assert.Equal(expected, found ? value : null);
        if (found)
        {
            Assert.True(name.Equals("Model", StringComparison.OrdinalIgnoreCase) || name.Equals("Deployment", StringComparison.OrdinalIgnoreCase));
            var written = connectionString.Substring(start, length);
            Assert.True(written == value || written.Length == value.Length + 2 + CountQuotes(value), $"'{written}' is not where '{value}' is written");
        }
    }

    [Theory]
    [InlineData("phi-4-mini")]
    [InlineData("needs; quoting")]
    [InlineData(" padded ")]
    [InlineData("\"quoted\"")]
    [InlineData("'single'")]
    [InlineData("")]
    public void A_quoted_value_reads_back_as_itself(string value)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = "Endpoint=x;Model=" + ConnectionStringParts.Quote(value) };

        Assert.Equal(value, builder.TryGetValue("Model", out var read) ? (string)read : null);
    }

    private static int CountQuotes(string value) => value.Split('"').Length - 1 + value.Split('\'').Length - 1;
}
