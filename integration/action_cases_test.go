package integration

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// actionCases are the jobs TestActionRun runs, each in a fresh workspace
// (see workspace).
func actionCases() []actionCase {
	return []actionCase{
		{
			name:     "findings fail the job",
			inputs:   map[string]string{"paths": "demo"},
			exit:     "1",
			failed:   true,
			uploaded: true,
			check: func(t *testing.T, r *runner, res *jobResult) {
				for _, k := range []string{"findings", "errors", "failing"} {
					if n, err := strconv.Atoi(res.steps["scan"].outputs[k]); err != nil || n == 0 {
						t.Errorf("scan output %s = %q, want a count above 0", k, res.steps["scan"].outputs[k])
					}
				}
				if res.outputs["findings"] != res.steps["scan"].outputs["findings"] {
					t.Errorf("action output findings = %q, scan says %q", res.outputs["findings"], res.steps["scan"].outputs["findings"])
				}
				checkSARIF(t, res.outputs["sarif-file"])
				if !strings.Contains(res.summary, "| findings |") {
					t.Errorf("job summary lacks the counts:\n%s", res.summary)
				}
				if res.steps["Result"].code != 1 {
					t.Errorf("last step exit code = %d, want 1", res.steps["Result"].code)
				}
			},
		},
		{
			name:     "threshold above the warnings",
			inputs:   map[string]string{"paths": "warnings", "severity-threshold": "error"},
			exit:     "0",
			uploaded: true,
			want:     map[string]string{"findings": "1", "warnings": "1", "failing": "0", "files": "1"},
		},
		{
			name:     "findings reported without failing",
			inputs:   map[string]string{"paths": "demo", "fail-on-findings": "false"},
			exit:     "1",
			uploaded: true,
		},
		{
			name:   "unknown format",
			inputs: map[string]string{"paths": "warnings", "format": "xml", "fail-on-findings": "false"},
			exit:   "2",
			failed: true,
			want:   map[string]string{"sarif-ready": "false"},
			check: func(t *testing.T, r *runner, res *jobResult) {
				if res.steps["Result"].code != 2 {
					t.Errorf("last step exit code = %d, want 2", res.steps["Result"].code)
				}
			},
		},
		{
			name:     "two folders on one line",
			inputs:   map[string]string{"paths": "warnings clean"},
			exit:     "1",
			failed:   true,
			uploaded: true,
			want:     map[string]string{"findings": "1", "files": "2"},
		},
		{
			name:     "folders on lines",
			inputs:   map[string]string{"paths": "  clean\n\nwith space  \n"},
			exit:     "1",
			failed:   true,
			uploaded: true,
			want:     map[string]string{"findings": "1", "files": "2"},
		},
		{
			name:     "path with a space",
			inputs:   map[string]string{"paths": "with space\n", "severity-threshold": "error"},
			exit:     "0",
			uploaded: true,
			want:     map[string]string{"findings": "1", "files": "1"},
		},
		{
			name:   "no upload",
			inputs: map[string]string{"paths": "clean", "upload-sarif": "false", "sarif-file": "out/moat.sarif"},
			exit:   "0",
			want:   map[string]string{"findings": "0", "sarif-file": "out/moat.sarif", "sarif-ready": "true"},
			check: func(t *testing.T, r *runner, res *jobResult) {
				checkSARIF(t, r.resolve("out/moat.sarif"))
			},
		},
		{
			name:     "report to a file",
			inputs:   map[string]string{"paths": "warnings", "format": "json", "output": "moat.json"},
			exit:     "1",
			failed:   true,
			uploaded: true,
			check: func(t *testing.T, r *runner, res *jobResult) {
				data, err := os.ReadFile(r.resolve("moat.json"))
				if err != nil || !json.Valid(data) {
					t.Errorf("moat.json is not a JSON report: %v", err)
				}
			},
		},
		{
			name:     "baseline",
			inputs:   map[string]string{"paths": "warnings", "sarif-file": "base.sarif"},
			exit:     "1",
			failed:   true,
			uploaded: true,
			check: func(t *testing.T, r *runner, res *jobResult) {
				again := r.run(t, map[string]string{"paths": "warnings", "baseline": "base.sarif"})
				got := again.steps["scan"].outputs
				if again.failed || got["exit-code"] != "0" || got["findings"] != "0" || got["unchanged"] != "1" {
					t.Errorf("scan against its own baseline: failed %v, outputs %v; want exit 0, 0 findings, 1 unchanged", again.failed, got)
				}
			},
		},
		{
			name:   "bad boolean",
			inputs: map[string]string{"paths": "clean", "fail-on-findings": "yes"},
			failed: true,
			check: func(t *testing.T, r *runner, res *jobResult) {
				if res.steps["scan"].code != 2 || res.steps["Result"].ran {
					t.Errorf("scan step exit %d, last step ran %v; want 2 and false", res.steps["scan"].code, res.steps["Result"].ran)
				}
			},
		},
	}
}
