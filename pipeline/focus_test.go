package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/config"
)

// TestChanged scans the pre-commit sample with each file as the only
// changed one: the report keeps the findings of that file and of the
// resources linked to it, and never those of unrelated files.
func TestChanged(t *testing.T) {
	sample := filepath.Join("..", "integration", "testdata", "precommit")
	dir := t.TempDir()
	for _, f := range []string{"infra/aks.tf", "infra/identity.tf", "k8s/serviceaccount.yaml", "k8s/legacy.yaml"} {
		copyInto(t, filepath.Join(sample, "repo", f), filepath.Join(dir, f))
	}
	copyInto(t, filepath.Join(sample, "fail", "deployment.yaml"), filepath.Join(dir, "k8s", "deployment.yaml"))
	engine := embedded(t)
	tests := []struct {
		name    string
		changed []string
		want    []string // file and rule of each finding
		files   []string // the files the report says were checked
	}{
		{"deployment", []string{"k8s/deployment.yaml"},
			[]string{"k8s/deployment.yaml AZR-WI-008", "k8s/serviceaccount.yaml AZR-WI-006"},
			[]string{"k8s/deployment.yaml", "k8s/serviceaccount.yaml"}},
		{"unrelated manifest", []string{"k8s/legacy.yaml"},
			[]string{"k8s/legacy.yaml AZR-WI-007"}, []string{"k8s/legacy.yaml"}},
		{"credential", []string{"infra/identity.tf"},
			// the finding is on the Deployment, but names the staged credential
			[]string{"k8s/deployment.yaml AZR-WI-008"},
			[]string{"infra/identity.tf", "k8s/serviceaccount.yaml"}},
		{"not scanned", []string{"README.md"}, nil, nil},
		{"nothing", []string{}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			changed := make([]string, len(tc.changed))
			for i, c := range tc.changed {
				changed[i] = filepath.Join(dir, c)
			}
			rep, _, err := Run(context.Background(), Options{Root: dir, Engine: engine, Config: config.Default(), Changed: changed})
			if err != nil {
				t.Fatal(err)
			}
			var got, files []string
			for _, f := range rep.Findings {
				got = append(got, f.Location.Range.Filename+" "+f.RuleID)
			}
			for _, f := range rep.Files {
				files = append(files, f.Path)
			}
			sort.Strings(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.files, files); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
		})
	}
}

func copyInto(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Dir(to), map[string]string{filepath.Base(to): string(data)})
}
