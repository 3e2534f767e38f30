using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Runs every BenchmarkDotNet case once after one warm-up call, with wall time and the process's peak working set:
/// a seconds-long sanity run of the same benchmark classes (no separate quick code to keep in step).
/// </summary>
public static class QuickRunner
{
    /// <summary>Runs the benchmarks whose class or method name contains <paramref name="filter"/>; returns the exit code.</summary>
    public static int Run(Assembly assembly, string filter, TextWriter output)
    {
        var types = assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)).OrderBy(t => t.Name);
        foreach (var type in types)
        {
            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
                .Where(m => filter.Length == 0 || type.Name.Contains(filter, StringComparison.OrdinalIgnoreCase) || m.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
            foreach (var parameters in ParameterSets(type))
            {
                if (methods.Count > 0) RunCase(type, methods, parameters, output);
            }
        }

        return 0;
    }

    private static void RunCase(Type type, IReadOnlyList<MethodInfo> methods, IReadOnlyList<(PropertyInfo Property, object? Value)> parameters, TextWriter output)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in parameters) property.SetValue(instance, value);
        Invoke<GlobalSetupAttribute>(instance);
        var label = string.Join(", ", parameters.Select(p => $"{p.Property.Name}={p.Value}"));
        foreach (var method in methods)
        {
            Await(method.Invoke(instance, null));
            var watch = Stopwatch.StartNew();
            Await(method.Invoke(instance, null));
            watch.Stop();
            using var process = Process.GetCurrentProcess();
            output.WriteLine($"{type.Name}.{method.Name}({label}): {watch.Elapsed.TotalMilliseconds:F1} ms, peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB");
        }

        Invoke<GlobalCleanupAttribute>(instance);
    }

    private static void Await(object? result)
    {
        if (result is Task task) task.GetAwaiter().GetResult();
    }

    private static IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> ParameterSets(Type type)
    {
        IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> sets = new[] { Array.Empty<(PropertyInfo, object?)>() };
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
        {
            var values = property.GetCustomAttribute<ParamsAttribute>()!.Values;
            sets = sets.SelectMany(set => values.Select(v => (IReadOnlyList<(PropertyInfo, object?)>)set.Append((property, v)).ToList())).ToList();
        }

        return sets;
    }

    private static void Invoke<TAttribute>(object instance) where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null)) method.Invoke(instance, null);
    }
}
