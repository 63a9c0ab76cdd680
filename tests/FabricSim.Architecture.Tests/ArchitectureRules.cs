using System.Text;

namespace FabricSim.Architecture.Tests;

/// <summary>
/// The rules the source must keep, each returning one readable message per violation (empty when the rule holds):
/// no cycle between namespaces, no reference from a lower project to a higher one, every file in its project's
/// namespace, project references pointing down only, no type name declared twice, and the public types of a project.
/// </summary>
internal static class ArchitectureRules
{
    private const int PlacesShownPerEdge = 5;

    /// <summary>
    /// One message per strongly connected group of namespaces: a shortest cycle through the group's first namespace
    /// (A -> B -> A) with the files and lines that make each of its edges, then every other edge inside the group,
    /// since breaking the group may take more than one move.
    /// </summary>
    public static List<string> Cycles(NamespaceGraph graph)
    {
        var edges = graph.Edges;
        var messages = new List<string>();
        foreach (var group in StronglyConnectedGroups(graph.Namespaces, edges))
        {
            var members = group.ToHashSet(StringComparer.Ordinal);
            string start = group.Min(StringComparer.Ordinal)!;
            var cycle = ShortestCycle(start, members, edges);
            var text = new StringBuilder();
            text.Append("Namespace cycle: ").AppendJoin(" -> ", cycle).AppendLine();
            var shown = new HashSet<(string, string)>();
            for (int i = 0; i + 1 < cycle.Count; i++)
            {
                AppendEdge(text, cycle[i], cycle[i + 1], edges[cycle[i]][cycle[i + 1]]);
                shown.Add((cycle[i], cycle[i + 1]));
            }
            var others = group.OrderBy(n => n, StringComparer.Ordinal)
                .SelectMany(from => edges.TryGetValue(from, out var targets)
                    ? targets.Keys.Where(members.Contains).OrderBy(t => t, StringComparer.Ordinal).Select(to => (from, to))
                    : [])
                .Where(e => !shown.Contains(e))
                .ToList();
            if (others.Count > 0)
            {
                text.AppendLine("  other edges inside this group:");
                foreach (var (from, to) in others)
                {
                    AppendEdge(text, from, to, edges[from][to]);
                }
            }
            messages.Add(text.ToString());
        }
        return messages;
    }

    /// <summary>References from a namespace of one project to a namespace of a project above it (or of no known layer).</summary>
    public static List<string> UpwardReferences(NamespaceGraph graph)
    {
        var messages = new List<string>();
        foreach (var (from, targets) in graph.Edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var (to, references) in targets.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                string? fromProject = Layers.ProjectOf(from);
                string? toProject = Layers.ProjectOf(to);
                if (fromProject is null || toProject is null)
                {
                    messages.Add($"{from} -> {to}: {(fromProject is null ? from : to)} belongs to no layer; add its project to {nameof(Layers)}.{nameof(Layers.BottomUp)}.\n"
                        + Places(references));
                }
                else if (Layers.LevelOf(toProject) > Layers.LevelOf(fromProject))
                {
                    messages.Add($"Upward reference {from} -> {to}: {fromProject} sits below {toProject} and may not use it.\n" + Places(references));
                }
            }
        }
        return messages;
    }

    /// <summary>Files that declare no namespace, or a namespace outside the project folder they sit in.</summary>
    public static List<string> MisplacedFiles(NamespaceGraph graph)
    {
        var messages = new List<string>();
        foreach (var (file, namespaces) in graph.Declarations)
        {
            if (namespaces.Count == 0)
            {
                messages.Add($"{file.RelativePath} declares no namespace.");
            }
            foreach (string ns in namespaces)
            {
                if (file.Project is { } project && Layers.ProjectOf(ns) != project)
                {
                    messages.Add($"{file.RelativePath} declares namespace {ns}, which is not part of {project}.");
                }
            }
        }
        return messages;
    }

    /// <summary>Project references (from a .csproj under src/ to another) that point up or sideways out of the layer order.</summary>
    public static List<string> UpwardProjectReferences(IEnumerable<(string Project, string Referenced)> references)
    {
        var messages = new List<string>();
        foreach (var (project, referenced) in references)
        {
            int from = Layers.LevelOf(project);
            int to = Layers.LevelOf(referenced);
            if (from < 0 || to < 0)
            {
                messages.Add($"{project} references {referenced}: {(from < 0 ? project : referenced)} belongs to no layer.");
            }
            else if (to >= from)
            {
                messages.Add($"{project} references {referenced}, which is not below it.");
            }
        }
        return messages;
    }

    private static void AppendEdge(StringBuilder text, string from, string to, IReadOnlyList<Reference> references) =>
        text.Append("  ").Append(from).Append(" -> ").Append(to).AppendLine(":").Append(Places(references));

    private static string Places(IReadOnlyList<Reference> references)
    {
        var text = new StringBuilder();
        foreach (var reference in references.Take(PlacesShownPerEdge))
        {
            text.Append("    ").AppendLine(reference.Where);
        }
        if (references.Count > PlacesShownPerEdge)
        {
            text.Append("    (and ").Append(references.Count - PlacesShownPerEdge).AppendLine(" more)");
        }
        return text.ToString();
    }

    /// <summary>Tarjan's algorithm; returns only the groups of two or more namespaces, in a stable order.</summary>
    private static List<List<string>> StronglyConnectedGroups(
        IEnumerable<string> nodes, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Reference>>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<string>>();
        int next = 0;

        IEnumerable<string> Successors(string n) =>
            edges.TryGetValue(n, out var targets) ? targets.Keys.OrderBy(t => t, StringComparer.Ordinal) : [];

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (string w in Successors(v))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] == index[v])
            {
                var group = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    group.Add(w);
                }
                while (w != v);
                if (group.Count > 1)
                {
                    groups.Add(group);
                }
            }
        }

        var all = nodes.Concat(edges.Keys).Concat(edges.Values.SelectMany(t => t.Keys)).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        foreach (string node in all)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }
        return groups.OrderBy(g => g.Min(StringComparer.Ordinal), StringComparer.Ordinal).ToList();
    }

    /// <summary>Breadth-first from <paramref name="start"/> back to itself inside the group: start, ..., start.</summary>
    private static List<string> ShortestCycle(
        string start, HashSet<string> members, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Reference>>> edges)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            string current = queue.Dequeue();
            foreach (string next in edges[current].Keys.Where(members.Contains).OrderBy(t => t, StringComparer.Ordinal))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (string n = current; n != start; n = cameFrom[n])
                    {
                        path.Add(n);
                    }
                    path.Add(start);
                    path.Reverse();
                    return path;
                }
                if (!cameFrom.ContainsKey(next))
                {
                    cameFrom[next] = current;
                    queue.Enqueue(next);
                }
            }
        }
        throw new InvalidOperationException($"{start} is in a strongly connected group but no cycle returns to it.");
    }

    /// <summary>
    /// One message per simple type name declared more than once under src/, whatever the namespaces: a reader (and a
    /// search) should find one thing under one name. A type nested privately is seen only inside its container, so it
    /// is exempt, like a local variable.
    /// </summary>
    public static List<string> DuplicateTypeNames(IEnumerable<DeclaredType> types) =>
        types.Where(t => !t.PrivateNested)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"Type name '{g.Key}' is declared {g.Count()} times: "
                + string.Join(", ", g.Select(t => $"{t.FullName} ({t.Place})"))
                + ". Fix: rename all but one to what they are (e.g. the scenario model's VxcSettings beside the network's Vxc).")
            .ToList();

    /// <summary>The full names of a project's types visible to other assemblies, sorted ordinally.</summary>
    public static List<string> PublicTypes(IEnumerable<DeclaredType> types, string project) =>
        types.Where(t => t.Project == project && t.Public).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
}
