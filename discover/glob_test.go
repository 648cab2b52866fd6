package discover

import "testing"

func TestGlobMatchFile(t *testing.T) {
	tests := []struct {
		pattern, file string
		want          bool
	}{
		{"k8s/prod/**", "k8s/prod/app.yaml", true},
		{"k8s/prod/**", "k8s/prod/sub/app.yaml", true},
		{"k8s/prod/**", "k8s/dev/app.yaml", false},
		{"k8s/prod/", "k8s/prod/app.yaml", true},
		{"prod", "k8s/prod/app.yaml", true},
		{"*.yaml", "k8s/prod/app.yaml", true},
		{"k8s/*/app.yaml", "k8s/dev/app.yaml", true},
		{"**/isolated/*.yaml", "a/b/isolated/x.yaml", true},
		{"app.yaml", "k8s/app.yaml", true},
		{"k8s/app.yaml", "other/k8s/app.yaml", false},
	}
	for _, tt := range tests {
		g, err := CompileGlob(tt.pattern)
		if err != nil {
			t.Fatalf("%q: %v", tt.pattern, err)
		}
		if got := g.MatchFile(tt.file); got != tt.want {
			t.Errorf("%q matches %q = %v, want %v", tt.pattern, tt.file, got, tt.want)
		}
	}
	if _, err := CompileGlob("["); err == nil {
		t.Error("malformed pattern accepted")
	}
}
