using System;
using System.Globalization;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>
/// Ordinary business code with no model in it: the bulk of a real project, which the compiler binds and the
/// analyzers walk past. The same in both dialects.
/// </summary>
internal static class Filler
{
    private static readonly string[] Templates =
    {
        """
            public decimal Total@M@(IReadOnlyList<LineItem> items, decimal discount)
            {
                var total = 0m;
                foreach (var item in items)
                {
                    if (item.Quantity <= @A@)
                    {
                        continue;
                    }

                    total += item.Price * item.Quantity;
                }

                var cap = total * 0.@B@m;
                return total - Math.Min(discount, cap);
            }

        """,
        """
            public static IReadOnlyList<string> TopSkus@M@(IEnumerable<LineItem> items)
            {
                return items
                    .Where(item => item.Quantity > @A@)
                    .GroupBy(item => item.Sku, StringComparer.Ordinal)
                    .Select(group => (Sku: group.Key, Total: group.Sum(item => item.Price * item.Quantity)))
                    .OrderByDescending(entry => entry.Total)
                    .ThenBy(entry => entry.Sku, StringComparer.Ordinal)
                    .Take(@B@)
                    .Select(entry => entry.Sku)
                    .ToList();
            }

        """,
        """
            public static string Describe@M@(IReadOnlyList<LineItem> items, string customer)
            {
                var text = new StringBuilder();
                text.Append("Order for ").Append(customer).AppendLine(":");
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    var status = item.Quantity switch
                    {
                        0 => "cancelled",
                        < @A@ => "partial",
                        _ => "complete",
                    };
                    text.Append(i + 1).Append(". ").Append(item.Sku).Append(" x").Append(item.Quantity).Append(" (").Append(status).AppendLine(")");
                }

                if (items.Count > @B@)
                {
                    text.AppendLine("Large order: review before shipping.");
                }

                return text.ToString();
            }

        """,
        """
            public static Dictionary<string, int> CountBy@M@(IEnumerable<string> words)
            {
                var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var word in words)
                {
                    var key = word.Length > @A@ ? word.Substring(0, @A@) : word;
                    if (counts.TryGetValue(key, out var count))
                    {
                        counts[key] = count + 1;
                    }
                    else
                    {
                        counts.Add(key, 1);
                    }
                }

                return counts;
            }

        """,
        """
            public async Task<string> Ask@M@(string question, CancellationToken cancellationToken)
            {
                var prompt = $"Answer in @A@ words or fewer: {question}";
                var response = await _chat.GetResponseAsync(prompt, cancellationToken: cancellationToken).ConfigureAwait(false);
                var answer = response.Text.Trim();
                if (answer.Length > @B@0)
                {
                    answer = answer.Substring(0, @B@0) + "...";
                }

                return answer;
            }

        """,
        """
            public static int Priority@M@(string status, int age, bool vip)
            {
                var priority = status switch
                {
                    "open" => @A@,
                    "waiting" => @A@ + 2,
                    "escalated" => @A@ + 10,
                    _ => 0,
                };

                if (vip)
                {
                    priority *= 2;
                }

                return age switch
                {
                    > 1@B@ => priority + 5,
                    > 7 => priority + 1,
                    _ => priority,
                };
            }

        """,
    };

    public static string Method(Random random, int number)
    {
        var template = Templates[random.Next(Templates.Length)];
        return template
            .Replace("@M@", number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@A@", (2 + random.Next(8)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@B@", (10 + random.Next(80)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>The method the one-line edit changes (<see cref="Workload.EditBefore"/>).</summary>
    public static string RevisionMethod(int number) => $$"""
            public int Revision{{number}}(IReadOnlyList<LineItem> items)
            {
                {{Workload.EditBefore}}
                return items.Count + revision;
            }

        """;

    public static int Lines(string text)
    {
        var lines = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}
