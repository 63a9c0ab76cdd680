using FabricSim.Scenarios.Yaml;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Loading;
using FabricSim.Cli.Commands;

namespace FabricSim.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "fabricsim-cli-" + Guid.NewGuid().ToString("N"));
    private readonly FakeScenarioService service = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public CliTests()
    {
        Directory.CreateDirectory(workFolder);
        File.WriteAllText(Path.Combine(workFolder, "metro.yaml"), "name: metro-pair\n");
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        Directory.Delete(workFolder, recursive: true);
    }

    private int Run(params string[] args) =>
        CliApplication.Run(args, () => service, new CliConsole(output, error, IsTerminal: false), workFolder);

    private string DefaultResults => Path.Combine(workFolder, "results", "metro-pair");

    [Fact]
    public void Run_writes_the_report_under_results_by_default_prints_progress_table_and_report_path()
    {
        Assert.Equal(ExitCodes.Ok, Run("run", "metro.yaml"));

        string index = Path.Combine(DefaultResults, "index.html");
        Assert.True(File.Exists(index));
        Assert.True(File.Exists(Path.Combine(DefaultResults, "summary.csv")));
        string text = output.ToString();
        Assert.Contains("[4/4] replication 4 of 4", text, StringComparison.Ordinal);
        Assert.Contains("p99 latency (ms)", text, StringComparison.Ordinal);
        Assert.Contains("12.500 ± 0.200", text, StringComparison.Ordinal);
        Assert.Contains("31.250 ± 0.200", text, StringComparison.Ordinal);
        Assert.Contains("1,250.00", text, StringComparison.Ordinal);
        Assert.EndsWith($"Report: {index}{Environment.NewLine}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
        Assert.Equal(Path.Combine(workFolder, "metro.yaml"), Assert.Single(service.Runs).Path);
    }

    [Fact]
    public void Run_at_a_terminal_draws_a_progress_bar_and_a_bordered_table()
    {
        int exitCode = CliApplication.Run(["run", "metro.yaml"], () => service, new CliConsole(output, error, IsTerminal: true), workFolder);

        Assert.Equal(ExitCodes.Ok, exitCode);
        string text = output.ToString();
        Assert.DoesNotContain("[4/4]", text, StringComparison.Ordinal);
        Assert.Contains("╭", text, StringComparison.Ordinal);
        // The table takes the terminal's width, so cells may wrap; the option names still appear whole.
        Assert.Contains("ipsec-vpn", text, StringComparison.Ordinal);
        Assert.Contains("Report: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_passes_seed_replications_and_jobs_and_honours_out()
    {
        Assert.Equal(ExitCodes.Ok, Run("run", "metro.yaml", "--out", "custom", "--seed", "123", "--replications", "8", "--jobs", "2"));

        var run = Assert.Single(service.Runs);
        Assert.Equal([new RunOverride("seed", "123"), new RunOverride("replications", "8")], run.Overrides);
        Assert.Equal(2, run.Options.Jobs);
        Assert.True(File.Exists(Path.Combine(workFolder, "custom", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(workFolder, "results")));
    }

    [Fact]
    public void Run_without_overrides_keeps_the_scenario_settings()
    {
        Assert.Equal(ExitCodes.Ok, Run("run", "metro.yaml"));
        Assert.Empty(Assert.Single(service.Runs).Overrides);
    }

    [Fact]
    public void Invalid_scenario_exits_2_lists_each_error_with_location_and_fix_and_writes_nothing()
    {
        service.ValidationErrors =
        [
            new ScenarioError("metro.yaml", 3, 7, "Unknown PoP 'syd9'.", "Use a PoP from 'fabricsim catalog pops'."),
            new ScenarioError("metro.yaml", 12, 5, "Rate limit must be positive.", ""),
        ];

        Assert.Equal(ExitCodes.BadInput, Run("run", "metro.yaml"));

        Assert.Equal(
            "metro.yaml:3:7: Unknown PoP 'syd9'. Fix: Use a PoP from 'fabricsim catalog pops'." + Environment.NewLine +
            "metro.yaml:12:5: Rate limit must be positive." + Environment.NewLine,
            error.ToString());
        Assert.Empty(service.Runs);
        Assert.Equal([Path.Combine(workFolder, "metro.yaml")], Directory.GetFileSystemEntries(workFolder));
    }

    [Fact]
    public void Input_error_found_while_running_exits_2_and_leaves_no_results_folder()
    {
        service.RunFailure = new ScenarioValidationException([new ScenarioError("metro.yaml", 9, 1, "Demand exceeds every path.", "Lower the demand.")]);

        Assert.Equal(ExitCodes.BadInput, Run("run", "metro.yaml"));

        Assert.StartsWith("metro.yaml:9:1: Demand exceeds every path.", error.ToString(), StringComparison.Ordinal);
        Assert.Equal([Path.Combine(workFolder, "metro.yaml")], Directory.GetFileSystemEntries(workFolder));
    }

    [Fact]
    public void Fault_in_the_program_exits_1_with_an_internal_error_message_and_no_results()
    {
        service.RunFailure = new InvalidOperationException("event queue corrupted");

        Assert.Equal(ExitCodes.InternalError, Run("run", "metro.yaml"));

        Assert.Equal("fabricsim: internal error: event queue corrupted" + Environment.NewLine, error.ToString());
        Assert.False(Directory.Exists(Path.Combine(workFolder, "results")));
    }

    [Fact]
    public void Missing_scenario_file_exits_2_naming_the_file()
    {
        Assert.Equal(ExitCodes.BadInput, Run("run", "absent.yaml"));
        Assert.StartsWith($"{Path.Combine(workFolder, "absent.yaml")}:1:1: The scenario file does not exist.", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "metro.yaml", "--jobs", "0")]
    [InlineData("run", "metro.yaml", "--jobs", "many")]
    [InlineData("run", "metro.yaml", "--bogus")]
    [InlineData("catalog", "routers")]
    [InlineData("frobnicate")]
    public void Command_line_mistakes_exit_2_with_a_message(params string[] args)
    {
        Assert.Equal(ExitCodes.BadInput, Run(args));
        Assert.Contains("fabricsim: ", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(service.Runs);
    }

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        Assert.Equal(ExitCodes.Ok, Run("--help"));
        foreach (string command in new[] { "run", "validate", "compare", "sweep", "schema", "catalog" })
        {
            Assert.Contains($"  {command} ", output.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_reports_a_valid_scenario_with_its_options()
    {
        Assert.Equal(ExitCodes.Ok, Run("validate", "metro.yaml"));
        Assert.Contains("valid: scenario 'metro-pair' with 2 option(s): sdci, ipsec-vpn", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_exits_2_on_errors()
    {
        service.ValidationErrors = [new ScenarioError("metro.yaml", 2, 3, "Expected a mapping.", "Indent the block.")];
        Assert.Equal(ExitCodes.BadInput, Run("validate", "metro.yaml"));
        Assert.Equal("metro.yaml:2:3: Expected a mapping. Fix: Indent the block." + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Compare_prints_the_table_and_writes_no_files()
    {
        Assert.Equal(ExitCodes.Ok, Run("compare", "metro.yaml"));
        Assert.Contains("ipsec-vpn", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Report:", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([Path.Combine(workFolder, "metro.yaml")], Directory.GetFileSystemEntries(workFolder));
    }

    [Fact]
    public void Sweep_writes_the_sweep_table_and_curves()
    {
        Assert.Equal(ExitCodes.Ok, Run("sweep", "metro.yaml", "--out", "sweep-out"));
        Assert.Single(service.Sweeps);
        string folder = Path.Combine(workFolder, "sweep-out");
        Assert.True(File.Exists(Path.Combine(folder, "sweep.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "plots", "sweep_load_p99.png")));
        Assert.True(File.Exists(Path.Combine(folder, "plots", "sweep_load_loss.svg")));
    }

    [Fact]
    public void Schema_prints_to_the_console_or_writes_the_file()
    {
        Assert.Equal(ExitCodes.Ok, Run("schema"));
        Assert.Contains("\"title\": \"FabricSim scenario\"", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, Run("schema", "--out", "scenario.schema.json"));
        Assert.Equal(service.Schema(), File.ReadAllText(Path.Combine(workFolder, "scenario.schema.json")));
        // Writing it again replaces the earlier schema.
        Assert.Equal(ExitCodes.Ok, Run("schema", "--out", "scenario.schema.json"));
    }

    [Fact]
    public void Schema_out_never_replaces_a_file_that_is_not_a_schema_it_wrote()
    {
        Assert.Equal(ExitCodes.BadInput, Run("schema", "--out", "metro.yaml"));

        Assert.Contains("metro.yaml exists and is not one FabricSim wrote", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("name: metro-pair\n", File.ReadAllText(Path.Combine(workFolder, "metro.yaml")));
        Assert.Equal([Path.Combine(workFolder, "metro.yaml")], Directory.GetFileSystemEntries(workFolder));
    }

    [Theory]
    [InlineData("pops", "syd1  Sydney")]
    [InlineData("prices", "port 10G  1250 USD/month")]
    public void Catalog_prints_the_chosen_catalog(string kind, string expected)
    {
        Assert.Equal(ExitCodes.Ok, Run("catalog", kind));
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
    }
}
