# FabricSim's command line as a container image, for Kubernetes Indexed Jobs (deploy/k8s) or any container runner.
#   docker build -t fabricsim:latest .
#   docker run --rm -v "$PWD:/work" -w /work fabricsim:latest run scenarios/sdci-vs-ipsec.yaml
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/FabricSim.Cli -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
COPY scenarios /opt/fabricsim/scenarios
WORKDIR /work
ENTRYPOINT ["dotnet", "/app/fabricsim.dll"]
