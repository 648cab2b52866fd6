package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// bicepPerFolder is the number of entry files in one folder of the
// generated Bicep corpus; every folder has its own modules.
const bicepPerFolder = 50

// GenerateBicep writes n entry .bicep files below dir, 50 to a folder
// (b000/main00.bicep ...), the local modules they call in each folder's
// modules/ (not counted in n), and a .bicepparam file beside every other
// entry file. Each entry file declares about twenty resources the way real
// Bicep does: decorated parameters, a network whose subnets come from a
// for loop, an AKS cluster wired to them, the Azure ML extension scoped to
// the cluster, an identity with a federated credential that reads the
// cluster's issuer, role assignments named with guid(), private endpoints
// in a loop, a conditional resource, lambdas, an existing resource and
// module outputs. Every fourth entry file is non-compliant.
func GenerateBicep(dir string, n int) error {
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("b%03d", i/bicepPerFolder))
		if i%bicepPerFolder == 0 {
			for rel, body := range BicepModules() {
				if err := writeFile(filepath.Join(sub, filepath.FromSlash(rel)), body); err != nil {
					return err
				}
			}
		}
		name := filepath.Join(sub, fmt.Sprintf("main%02d.bicep", i%bicepPerFolder))
		if err := writeFile(name, BicepTemplate(i)); err != nil {
			return err
		}
		if i%2 == 0 {
			if err := writeFile(strings.TrimSuffix(name, ".bicep")+".bicepparam", BicepParams(i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// BicepTemplate returns the i-th entry file of the generated Bicep corpus.
func BicepTemplate(i int) string {
	r := strings.NewReplacer(
		"{{i}}", fmt.Sprint(i),
		"{{octet}}", fmt.Sprint(i%250),
		"{{private}}", pick(i, "true", "false"),
		"{{outbound}}", pick(i, "userDefinedRouting", "loadBalancer"),
		"{{insecure}}", pick(i, "False", "True"),
		"{{public}}", pick(i, "Disabled", "Enabled"),
		"{{acrsku}}", pick(i, "Premium", "Basic"),
	)
	return r.Replace(bicepBody)
}

// pick returns good for a compliant file and bad for every fourth one.
func pick(i int, good, bad string) string {
	if i%4 == 3 {
		return bad
	}
	return good
}

// BicepParams returns the .bicepparam file beside the i-th entry file.
func BicepParams(i int) string {
	return fmt.Sprintf(`using './main%02d.bicep'

param prefix = 'p%d'
param subnetCount = 4
param environment = '%s'
param deployDiagnostics = %t
`, i%bicepPerFolder, i, pick(i, "prod", "dev"), i%3 != 0)
}

// BicepModules maps the slash paths, relative to a folder, of the local
// modules every entry file calls to their sources.
func BicepModules() map[string]string {
	return map[string]string{
		"modules/network.bicep":    bicepNetwork,
		"modules/dns.bicep":        bicepDNS,
		"modules/monitoring.bicep": bicepMonitoring,
	}
}

// writeFile writes body to name, making its folder first.
func writeFile(name, body string) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("generate bicep corpus: %w", err)
	}
	if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
		return fmt.Errorf("generate bicep corpus: %w", err)
	}
	return nil
}
