//go:build !linux

package syntax

import "time"

// threadCPU falls back to the wall clock.
func threadCPU() func() time.Duration {
	start := time.Now()
	return func() time.Duration { return time.Since(start) }
}
