using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsNlp;

/// <summary>Out-of-line throws, so that hot paths stay small.</summary>
[StackTraceHidden]
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowInputTooLong(int length, int max, string paramName = "text") =>
        throw new ArgumentException(
            string.Format(CultureInfo.InvariantCulture, "The text is {0:N0} characters long; the most NewsAnalyzer accepts is {1:N0}. Split it into articles first.", length, max),
            paramName);

    [DoesNotReturn]
    public static void ThrowInvalidData(string message) => throw new InvalidDataException(message);
}
