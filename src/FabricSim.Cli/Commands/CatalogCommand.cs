using System.CommandLine;

namespace FabricSim.Cli.Commands;

/// <summary><c>catalog pops|prices</c>: what scenarios can refer to without defining it themselves.</summary>
internal static class CatalogCommand
{
    public static Command Create(CommandContext context)
    {
        var kind = new Argument<string>("KIND") { Description = "pops: points of presence with locations; prices: list prices with sources." };
        kind.AcceptOnlyFromAmong("pops", "prices");
        var command = new Command("catalog", "Print the built-in catalog of points of presence or prices.") { kind };
        command.SetAction(parseResult => context.Guard(() =>
        {
            string text = parseResult.GetValue(kind) == "pops" ? context.Service.CatalogPops() : context.Service.CatalogPrices();
            context.Console.Out.WriteLine(text);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
