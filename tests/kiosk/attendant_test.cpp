// The attendant between one family and the next: the attract screen until
// someone touches it, the "Are you still there?" warning after idle_seconds with
// no input, its countdown in whole seconds that only "more time" dismisses, the
// single wipe when it runs out, Finish, and when the kiosk next needs to wake.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "kiosk/core/attendant.h"

using signpost::kiosk::Attendant;
using Mode = Attendant::Mode;

namespace {

constexpr int kIdle = 90;
constexpr int kWarning = 30;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A kiosk in use since `at`, then left alone until its warning starts.
Attendant warned_at(double at) {
  Attendant a(kIdle, kWarning);
  a.input(at);
  REQUIRE_FALSE(a.tick(at + kIdle));
  REQUIRE(a.mode() == Mode::kWarning);
  return a;
}

}  // namespace

TEST_CASE("attendant: a new kiosk shows the attract screen and sleeps until someone touches it") {
  Attendant a(kIdle, kWarning);
  CHECK(a.mode() == Mode::kAttract);
  CHECK(a.next_deadline() == kInfinity);
  // Time passing on the attract screen changes nothing and wipes nothing.
  CHECK_FALSE(a.tick(10'000));
  CHECK(a.mode() == Mode::kAttract);
  CHECK(a.next_deadline() == kInfinity);
}

TEST_CASE("attendant: a touch on the attract screen starts a session, and the warning is due idle_seconds later") {
  Attendant a(kIdle, kWarning);
  a.input(100);
  CHECK(a.mode() == Mode::kInUse);
  CHECK(a.next_deadline() == doctest::Approx(100 + kIdle));
}

TEST_CASE("attendant: each input restarts the idle clock") {
  Attendant a(kIdle, kWarning);
  a.input(100);
  a.input(150);
  CHECK(a.next_deadline() == doctest::Approx(150 + kIdle));
  // 90 s after the first touch but only 40 s after the last: still in use.
  CHECK_FALSE(a.tick(190));
  CHECK(a.mode() == Mode::kInUse);
  CHECK(a.next_deadline() == doctest::Approx(240));
}

TEST_CASE("attendant: tick moves to the warning only once idle_seconds have passed with no input") {
  Attendant a(kIdle, kWarning);
  a.input(100);
  CHECK_FALSE(a.tick(189.9));
  CHECK(a.mode() == Mode::kInUse);
  CHECK_FALSE(a.tick(190));
  CHECK(a.mode() == Mode::kWarning);
}

TEST_CASE("attendant: the warning counts down warning_seconds in whole seconds, rounding up") {
  Attendant a = warned_at(100);  // the warning starts at 190
  CHECK(a.seconds_left(190) == kWarning);
  CHECK(a.seconds_left(190.5) == kWarning);  // 29.5 s left shows as 30
  CHECK(a.seconds_left(191) == kWarning - 1);
  CHECK(a.seconds_left(191.01) == kWarning - 1);
  CHECK(a.seconds_left(210) == 10);
  CHECK(a.seconds_left(219.2) == 1);
  CHECK(a.seconds_left(220) == 0);
  CHECK(a.seconds_left(500) == 0);  // never negative
}

TEST_CASE("attendant: the countdown starts when the warning was due, even if tick comes late") {
  Attendant a(kIdle, kWarning);
  a.input(100);
  CHECK_FALSE(a.tick(195));  // 5 s late
  REQUIRE(a.mode() == Mode::kWarning);
  CHECK(a.seconds_left(195) == kWarning - 5);
}

TEST_CASE("attendant: a stray input during the warning does not dismiss it or stop the countdown") {
  Attendant a = warned_at(100);
  a.input(200);
  CHECK(a.mode() == Mode::kWarning);
  CHECK(a.seconds_left(200) == 20);
  CHECK_FALSE(a.tick(205));
  CHECK(a.mode() == Mode::kWarning);
  // The countdown still runs out when it would have without the touch.
  CHECK(a.tick(220));
  CHECK(a.mode() == Mode::kAttract);
}

TEST_CASE("attendant: more time dismisses the warning and restarts the idle clock") {
  Attendant a = warned_at(100);
  a.more_time(205);
  CHECK(a.mode() == Mode::kInUse);
  CHECK(a.next_deadline() == doctest::Approx(205 + kIdle));
  // Past the old countdown's end: nothing is wiped.
  CHECK_FALSE(a.tick(221));
  CHECK(a.mode() == Mode::kInUse);
  // A full idle period later the warning comes back, with a full countdown.
  CHECK_FALSE(a.tick(294.9));
  CHECK(a.mode() == Mode::kInUse);
  CHECK_FALSE(a.tick(295));
  CHECK(a.mode() == Mode::kWarning);
  CHECK(a.seconds_left(295) == kWarning);
}

TEST_CASE("attendant: when the countdown runs out tick returns true exactly once and the attract screen returns") {
  Attendant a = warned_at(100);
  CHECK_FALSE(a.tick(219.99));
  CHECK(a.mode() == Mode::kWarning);
  CHECK(a.tick(220));
  CHECK(a.mode() == Mode::kAttract);
  CHECK_FALSE(a.tick(220));
  CHECK_FALSE(a.tick(221));
  CHECK_FALSE(a.tick(10'000));
  CHECK(a.mode() == Mode::kAttract);
  CHECK(a.next_deadline() == kInfinity);
}

TEST_CASE("attendant: a kiosk that wakes long after both the idle time and the countdown still wipes, once") {
  Attendant a(kIdle, kWarning);
  a.input(100);
  CHECK(a.tick(100 + kIdle + kWarning + 600));
  CHECK(a.mode() == Mode::kAttract);
  CHECK_FALSE(a.tick(100 + kIdle + kWarning + 601));
}

TEST_CASE("attendant: after the wipe the next touch starts a fresh session") {
  Attendant a = warned_at(100);
  REQUIRE(a.tick(220));
  a.input(300);
  CHECK(a.mode() == Mode::kInUse);
  CHECK(a.next_deadline() == doctest::Approx(300 + kIdle));
  CHECK_FALSE(a.tick(389));
  CHECK(a.mode() == Mode::kInUse);
}

TEST_CASE("attendant: during the warning the kiosk wakes at each whole second of the countdown") {
  Attendant a = warned_at(100);  // the warning starts at 190; tick was at 190
  CHECK(a.next_deadline() == doctest::Approx(191));
  CHECK_FALSE(a.tick(190.4));
  CHECK(a.next_deadline() == doctest::Approx(191));
  CHECK_FALSE(a.tick(191));
  CHECK(a.next_deadline() == doctest::Approx(192));
  CHECK_FALSE(a.tick(205.7));
  CHECK(a.next_deadline() == doctest::Approx(206));
  // Each deadline is where the number on screen changes.
  CHECK(a.seconds_left(205.7) == 15);
  CHECK(a.seconds_left(a.next_deadline()) == 14);
  // The last one is the end of the countdown: waking then wipes.
  CHECK_FALSE(a.tick(219.5));
  CHECK(a.next_deadline() == doctest::Approx(220));
  CHECK(a.tick(a.next_deadline()));
}

TEST_CASE("attendant: while in use the kiosk sleeps until the warning is due") {
  Attendant a(kIdle, kWarning);
  a.input(42.5);
  CHECK(a.next_deadline() == doctest::Approx(42.5 + kIdle));
  CHECK_FALSE(a.tick(80));
  CHECK(a.next_deadline() == doctest::Approx(42.5 + kIdle));
  // Waking exactly then shows the warning.
  CHECK_FALSE(a.tick(a.next_deadline()));
  CHECK(a.mode() == Mode::kWarning);
}

TEST_CASE("attendant: Finish returns to the attract screen, and nothing is wiped a second time later") {
  SUBCASE("while in use") {
    Attendant a(kIdle, kWarning);
    a.input(100);
    a.finish();
    CHECK(a.mode() == Mode::kAttract);
    CHECK(a.next_deadline() == kInfinity);
    CHECK_FALSE(a.tick(100 + kIdle));
    CHECK_FALSE(a.tick(100 + kIdle + kWarning + 1));
    CHECK(a.mode() == Mode::kAttract);
  }
  SUBCASE("during the warning") {
    Attendant a = warned_at(100);
    a.finish();
    CHECK(a.mode() == Mode::kAttract);
    CHECK(a.next_deadline() == kInfinity);
    CHECK_FALSE(a.tick(220));
    CHECK(a.mode() == Mode::kAttract);
  }
}
