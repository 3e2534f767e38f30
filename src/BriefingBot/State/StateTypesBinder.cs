using System.Reflection;
using Newtonsoft.Json.Serialization;

namespace BriefingBot.State;

/// <summary>
/// Resolves type names in stored state only to types (and generic arguments, and array elements) from the
/// runtime's core and collection assemblies, Json.NET, the Bot Framework SDK and BriefingBot's own assemblies.
/// </summary>
public sealed class StateTypesBinder : DefaultSerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes =
        ["System.Private.CoreLib", "System.Collections", "Newtonsoft.Json", "Microsoft.Bot.", "BriefingBot"];

    /// <inheritdoc />
    public override Type BindToType(string? assemblyName, string typeName)
    {
        var type = base.BindToType(assemblyName, typeName);
        return IsAllowed(type) ? type : throw new InvalidOperationException($"Stored state names a type that state may not hold: {type.FullName}");
    }

    private static bool IsAllowed(Type type)
    {
        if (type.HasElementType) return IsAllowed(type.GetElementType()!);
        var assembly = type.Assembly.GetName().Name ?? "";
        return AllowedAssemblyPrefixes.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal))
               && type.GetGenericArguments().All(IsAllowed);
    }
}
