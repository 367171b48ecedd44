using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// The registration contexts below only forward registrations to the driver's own contexts: RS1012 sees a start
// action's context handed on without registering anything, and CS0618 marks the public constructors of those contexts
// obsolete for analyzer test harnesses (dotnet/roslyn#63440); neither applies to a forwarding wrapper. The wrappers
// report the defaults for FilterTree, FilterSpan and IsGeneratedCode, which neither ours nor CA1416 read at registration.
#pragma warning disable RS1012, CS0618

namespace ModelPolicies.Benchmarks.Roslyn;

/// <summary>
/// Thread CPU time spent inside the actions of the analyzers that share it, less what reading the clock adds to each
/// action (calibrated once per process on an empty action).
/// </summary>
public sealed class CpuMeter
{
    private static readonly Lazy<double> OverheadPerAction = new(Calibrate);

    private readonly ConcurrentDictionary<string, Counter> _byKind = new(StringComparer.Ordinal);

    /// <summary>What reading the thread clock around one action adds to the total, in nanoseconds.</summary>
    public static double ClockOverheadNanoseconds => OverheadPerAction.Value;

    public double Milliseconds => _byKind.Values.Sum(c => c.Milliseconds);

    public long Actions => _byKind.Values.Sum(c => Interlocked.Read(ref c.Actions));

    /// <summary>Bytes allocated inside the actions (GC.GetAllocatedBytesForCurrentThread around each).</summary>
    public long AllocatedBytes => _byKind.Values.Sum(c => Interlocked.Read(ref c.Bytes));

    /// <summary>Milliseconds and actions by the kind of action (the context type it is handed).</summary>
    public IReadOnlyDictionary<string, (double Milliseconds, long Actions)> ByKind =>
        _byKind.ToDictionary(p => p.Key, p => (p.Value.Milliseconds, Interlocked.Read(ref p.Value.Actions)), StringComparer.Ordinal);

    public void Reset()
    {
        _ = OverheadPerAction.Value;
        foreach (var counter in _byKind.Values)
        {
            Interlocked.Exchange(ref counter.Nanoseconds, 0);
            Interlocked.Exchange(ref counter.Actions, 0);
            Interlocked.Exchange(ref counter.Bytes, 0);
        }
    }

    /// <summary>An action that charges the thread CPU time of each run of <paramref name="action"/> to this meter.</summary>
    public Action<T> Wrap<T>(Action<T> action)
    {
        var counter = _byKind.GetOrAdd(typeof(T).Name, static _ => new Counter());
        return context =>
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpu.ThreadNanoseconds();
            try
            {
                action(context);
            }
            finally
            {
                Interlocked.Add(ref counter.Nanoseconds, ThreadCpu.ThreadNanoseconds() - start);
                Interlocked.Increment(ref counter.Actions);
                Interlocked.Add(ref counter.Bytes, GC.GetAllocatedBytesForCurrentThread() - bytes);
            }
        };
    }

    private sealed class Counter
    {
        public long Nanoseconds;
        public long Actions;
        public long Bytes;

        public double Milliseconds => Math.Max(0, Interlocked.Read(ref Nanoseconds) - Interlocked.Read(ref Actions) * OverheadPerAction.Value) / 1e6;
    }

    // The smallest of five batches of 20,000 empty actions: the clock's own cost, with as little interference as seen.
    private static double Calibrate()
    {
        var best = double.MaxValue;
        for (var batch = 0; batch < 5; batch++)
        {
            var meter = new CpuMeter();
            var empty = meter.Wrap<int>(static _ => { });
            for (var i = 0; i < 20_000; i++)
            {
                empty(i);
            }

            var counter = meter._byKind.Values.Single();
            best = Math.Min(best, (double)counter.Nanoseconds / counter.Actions);
        }

        return best;
    }
}

/// <summary>
/// Another analyzer, unchanged, with the thread CPU time of every action it registers charged to a
/// <see cref="CpuMeter"/>: the same accounting as the driver's <c>logAnalyzerExecutionTime</c> (the time inside the
/// analyzer's own actions), but in CPU time, which waiting for a core on a busy machine does not inflate. Applied alike
/// to ours and to CA1416. Registration contexts are wrapped so that actions registered from compilation-, symbol-,
/// operation-block- and code-block-start actions are measured too; the contexts the driver hands to the actions
/// themselves are the driver's own.
/// </summary>
#pragma warning disable RS1001 // Not a shipped analyzer: it stands in for the analyzer it wraps, in the benchmark process only.
public sealed class CpuTimedAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    private readonly DiagnosticAnalyzer _inner;
    private readonly CpuMeter _meter;

    public CpuTimedAnalyzer(DiagnosticAnalyzer inner, CpuMeter meter)
    {
        _inner = inner;
        _meter = meter;
    }

    public static ImmutableArray<DiagnosticAnalyzer> Wrap(ImmutableArray<DiagnosticAnalyzer> analyzers, CpuMeter meter) =>
        analyzers.Select(a => (DiagnosticAnalyzer)new CpuTimedAnalyzer(a, meter)).ToImmutableArray();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

#pragma warning disable RS1025, RS1026 // Forwarded: the wrapped analyzer configures these itself.
    public override void Initialize(AnalysisContext context) => _inner.Initialize(new Analysis(context, _meter));
#pragma warning restore RS1025, RS1026

    // A start action is timed itself, and handed a context that times what it registers in turn.
    private static Action<CompilationStartAnalysisContext> Timed(Action<CompilationStartAnalysisContext> action, CpuMeter meter) =>
        meter.Wrap<CompilationStartAnalysisContext>(c => action(new CompilationStart(c, meter)));

    private static Action<SymbolStartAnalysisContext> Timed(Action<SymbolStartAnalysisContext> action, CpuMeter meter) =>
        meter.Wrap<SymbolStartAnalysisContext>(c => action(new SymbolStart(c, meter)));

    private static Action<OperationBlockStartAnalysisContext> Timed(Action<OperationBlockStartAnalysisContext> action, CpuMeter meter) =>
        meter.Wrap<OperationBlockStartAnalysisContext>(c => action(new OperationBlockStart(c, meter)));

    private static Action<CodeBlockStartAnalysisContext<T>> Timed<T>(Action<CodeBlockStartAnalysisContext<T>> action, CpuMeter meter)
        where T : struct =>
        meter.Wrap<CodeBlockStartAnalysisContext<T>>(c => action(new CodeBlockStart<T>(c, meter)));

    private sealed class Analysis(AnalysisContext inner, CpuMeter meter) : AnalysisContext
    {
        public override DiagnosticSeverity MinimumReportedSeverity => inner.MinimumReportedSeverity;

        public override void EnableConcurrentExecution() => inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => inner.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            inner.RegisterCompilationStartAction(Timed(action, meter));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationAction(meter.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(meter.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            inner.RegisterSymbolAction(meter.Wrap(action), symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            inner.RegisterSymbolStartAction(Timed(action, meter), symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            inner.RegisterCodeBlockStartAction<TLanguageKindEnum>(Timed(action, meter));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(meter.Wrap(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            inner.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            inner.RegisterOperationBlockStartAction(Timed(action, meter));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(meter.Wrap(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(meter.Wrap(action), operationKinds);
    }

    private sealed class CompilationStart(CompilationStartAnalysisContext inner, CpuMeter meter)
        : CompilationStartAnalysisContext(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => inner.RegisterCompilationEndAction(meter.Wrap(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => inner.RegisterSemanticModelAction(meter.Wrap(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            inner.RegisterSymbolAction(meter.Wrap(action), symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            inner.RegisterSymbolStartAction(Timed(action, meter), symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            inner.RegisterCodeBlockStartAction<TLanguageKindEnum>(Timed(action, meter));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            inner.RegisterOperationBlockStartAction(Timed(action, meter));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => inner.RegisterSyntaxTreeAction(meter.Wrap(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => inner.RegisterAdditionalFileAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            inner.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(meter.Wrap(action), operationKinds);
    }

    private sealed class SymbolStart(SymbolStartAnalysisContext inner, CpuMeter meter)
        : SymbolStartAnalysisContext(inner.Symbol, inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterSymbolEndAction(Action<SymbolAnalysisContext> action) => inner.RegisterSymbolEndAction(meter.Wrap(action));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
            inner.RegisterCodeBlockStartAction<TLanguageKindEnum>(Timed(action, meter));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            inner.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            inner.RegisterOperationBlockStartAction(Timed(action, meter));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockAction(meter.Wrap(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(meter.Wrap(action), operationKinds);
    }

    private sealed class OperationBlockStart(OperationBlockStartAnalysisContext inner, CpuMeter meter)
        : OperationBlockStartAnalysisContext(inner.OperationBlocks, inner.OwningSymbol, inner.Compilation, inner.Options, inner.CancellationToken)
    {
        public override void RegisterOperationBlockEndAction(Action<OperationBlockAnalysisContext> action) => inner.RegisterOperationBlockEndAction(meter.Wrap(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            inner.RegisterOperationAction(meter.Wrap(action), operationKinds);
    }

    private sealed class CodeBlockStart<TLanguageKindEnum>(CodeBlockStartAnalysisContext<TLanguageKindEnum> inner, CpuMeter meter)
        : CodeBlockStartAnalysisContext<TLanguageKindEnum>(inner.CodeBlock, inner.OwningSymbol, inner.SemanticModel, inner.Options, inner.CancellationToken)
        where TLanguageKindEnum : struct
    {
        public override void RegisterCodeBlockEndAction(Action<CodeBlockAnalysisContext> action) => inner.RegisterCodeBlockEndAction(meter.Wrap(action));

        public override void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            inner.RegisterSyntaxNodeAction(meter.Wrap(action), syntaxKinds);
    }
}
