using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsNlp.Tests.Support;

internal static class CultureInit
{
    [ModuleInitializer]
    internal static void SetInvariantCulture()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    }
}
