# The signpost command end to end: what a council officer or a developer types,
# the exit codes they get and what the output says. Run by ctest as
#   cmake -DSIGNPOST=<binary> -DROOT=<source dir> -P cli_test.cmake
cmake_minimum_required(VERSION 3.22)
set(failures 0)
set(checks 0)
# Every file this run writes goes in a folder of its own, so that two runs at
# once (two build trees, or a run by hand beside ctest) never edit each other's
# copies of the content.
string(RANDOM LENGTH 12 run)
set(work ${CMAKE_CURRENT_BINARY_DIR}/cli-test-${run})
file(MAKE_DIRECTORY ${work})

# Runs signpost with ARGN; stores stdout and stderr; fails unless the exit code is `code`.
function(signpost code out err)
  execute_process(COMMAND ${SIGNPOST} ${ARGN} WORKING_DIRECTORY ${ROOT}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  math(EXPR n "${checks} + 1")
  set(checks ${n} PARENT_SCOPE)
  if(NOT rc EQUAL code)
    message(SEND_ERROR "signpost ${ARGN}: exit ${rc}, expected ${code}\n${o}\n${e}")
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
  endif()
  set(${out} "${o}" PARENT_SCOPE)
  set(${err} "${e}" PARENT_SCOPE)
endfunction()

function(expect_contains text needle)
  math(EXPR n "${checks} + 1")
  set(checks ${n} PARENT_SCOPE)
  string(FIND "${text}" "${needle}" at)
  if(at EQUAL -1)
    message(SEND_ERROR "expected to find:\n  ${needle}\nin:\n${text}")
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
  endif()
endfunction()

# The status of one route in `check --format json` output.
function(expect_status json route status)
  math(EXPR n "${checks} + 1")
  set(checks ${n} PARENT_SCOPE)
  string(JSON count LENGTH "${json}" outcomes)
  math(EXPR last "${count} - 1")
  set(found "")
  foreach(i RANGE ${last})
    string(JSON r GET "${json}" outcomes ${i} route)
    if(r STREQUAL route)
      string(JSON found GET "${json}" outcomes ${i} status)
    endif()
  endforeach()
  if(NOT found STREQUAL status)
    message(SEND_ERROR "${route}: status \"${found}\", expected \"${status}\"")
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
  endif()
endfunction()

set(today --today 2026-11-23)

# The usage text names every command.
signpost(0 out err --help)
foreach(command check lint walk page statement import-directory bundle update-content)
  expect_contains("${out}" "signpost ${command} ")
endforeach()

# The five families of the Leicestershire offer.
signpost(0 out err check --offer leicestershire --answers tests/cases/mo.json ${today} --format json)
expect_status("${out}" summer-dp-card eligible)
expect_status("${out}" self-assessed-dp eligible)
string(JSON criterion GET "${out}" outcomes 2 reasons 0 criterion)
string(JSON result GET "${out}" outcomes 2 reasons 0 result)
expect_contains("${criterion}=${result}" "lives-in-area=met")
signpost(0 out err check --offer leicestershire --answers tests/cases/taylor.json ${today} --format json)
expect_status("${out}" summer-dp-card eligible)
expect_status("${out}" self-assessed-dp eligible)
signpost(0 out err check --offer leicestershire --answers tests/cases/melody.json ${today} --format json)
# Melody's EHCP is under way: the self-assessment waits for it; an assessment does not.
expect_status("${out}" summer-dp-card not-yet)
expect_status("${out}" worker-assessed-dp assessment)
expect_contains("${out}" "When the plan comes, or a letter saying one will be issued, you can ask for this.")
# Applied for DLA (aged 9) or PIP (aged 16), waiting for the decision: not yet, never "may be".
file(WRITE ${work}/dla-applied.json
     "{\"lives_in_area\": \"yes\", \"date_of_birth\": \"2017-05-14\", \"disability\": \"yes\", \"dla_care\": \"applied\", \"ehcp\": \"yes\"}")
signpost(0 out err check --offer leicestershire --answers ${work}/dla-applied.json ${today} --format json)
expect_status("${out}" summer-dp-card not-yet)
expect_contains("${out}" "You have applied for DLA.")
file(WRITE ${work}/pip-applied.json
     "{\"lives_in_area\": \"yes\", \"date_of_birth\": \"2010-01-10\", \"disability\": \"yes\", \"pip_daily_living\": \"applied\", \"ehcp\": \"letter\"}")
signpost(0 out err check --offer leicestershire --answers ${work}/pip-applied.json ${today} --format json)
expect_status("${out}" summer-dp-card not-yet)
expect_contains("${out}" "You have applied for PIP.")
# "I'm not sure" stays generous.
file(WRITE ${work}/dla-unsure.json
     "{\"lives_in_area\": \"yes\", \"date_of_birth\": \"2017-05-14\", \"disability\": \"yes\", \"dla_care\": \"unknown\", \"ehcp\": \"yes\"}")
signpost(0 out err check --offer leicestershire --answers ${work}/dla-unsure.json ${today} --format json)
expect_status("${out}" summer-dp-card may-be-eligible)
signpost(0 out err check --offer leicestershire --answers tests/cases/jack.json ${today} --format json)
expect_status("${out}" self-assessed-dp eligible)
expect_status("${out}" commissioned-service assessment)
signpost(0 out err check --offer leicestershire --answers tests/cases/mia.json ${today} --format json)
expect_status("${out}" domiciliary-care assessment)

# Services for each offer's family: matched, ranked by travel time, each with
# id, name, tier, travel_minutes and contact.
function(expect_first_service json id minutes)
  math(EXPR n "${checks} + 1")
  set(checks ${n} PARENT_SCOPE)
  string(JSON got_id GET "${json}" services 0 id)
  string(JSON got_minutes GET "${json}" services 0 travel_minutes)
  string(JSON tier GET "${json}" services 0 tier)
  string(JSON contact TYPE "${json}" services 0 contact)
  if(NOT got_id STREQUAL id OR NOT got_minutes EQUAL minutes OR tier STREQUAL "" OR NOT contact STREQUAL "OBJECT")
    message(SEND_ERROR "first service ${got_id} (${got_minutes} minutes, tier ${tier}, contact ${contact}), expected ${id} (${minutes} minutes)")
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
  endif()
endfunction()
# Travel times and search, on a copy of the content whose directories hold the
# invented example services (tests/fixtures/examples): a family never sees them.
set(examples "${work}/cli-examples")
file(REMOVE_RECURSE "${examples}")
file(COPY "${ROOT}/offers" "${ROOT}/i18n" "${ROOT}/easyread" DESTINATION "${examples}")
foreach(offer leicestershire wakefield dorset)
  file(COPY_FILE "${ROOT}/tests/fixtures/examples/${offer}/directory.json" "${examples}/offers/${offer}/directory.json")
endforeach()
signpost(0 out err check --offer leicestershire --answers tests/cases/mo.json ${today} --format json --root "${examples}")
expect_first_service("${out}" demo-hinckley-holiday 55)
signpost(0 out err check --offer wakefield --answers tests/cases/wakefield-targeted.json ${today} --format json --root "${examples}")
# support_needs is not asked of this family (it cannot change an outcome), so no need narrows the list.
expect_first_service("${out}" demo-pontefract-holiday 10)
signpost(0 out err check --offer dorset --answers tests/cases/dorset-targeted.json ${today} --format json --root "${examples}")
expect_status("${out}" targeted eligible)
expect_first_service("${out}" demo-weymouth-youth 1)
signpost(0 out err check --offer dorset --answers tests/cases/dorset-targeted.json ${today} --search "saturday CLUB" --root "${examples}")
expect_contains("${out}" "Example: Wimborne Saturday club")
expect_contains("${out}" "About 77 minutes away")

# Text for people.
signpost(0 out err check --offer leicestershire --answers tests/cases/melody.json ${today})
expect_contains("${out}" "You can ask for an assessment")
expect_contains("${out}" "Who does the assessment: SEND Family Support Worker")

# Bad input: a clear message and exit code 2.
file(WRITE ${work}/bad-answers.json "{\"dla_care\": \"hihg\"}")
signpost(2 out err check --offer leicestershire --answers ${work}/bad-answers.json ${today})
expect_contains("${err}" "bad-answers.json: /dla_care: expected one of high, middle, low, none, applied, not-applied, unknown, got \"hihg\"")
signpost(2 out err check --offer nowhere --answers tests/cases/mo.json)
expect_contains("${err}" "offers/: no offer \"nowhere\"; the offers here are: dorset, leicestershire, wakefield")
signpost(2 out err check --offer leicestershire --answers tests/cases/mo.json --today 2026-02-30)
expect_contains("${err}" "--today: expected a real date as YYYY-MM-DD, got \"2026-02-30\"")
signpost(2 out err check --offer leicestershire --answers tests/cases/mo.json --colour blue)
expect_contains("${err}" "unknown option \"--colour\"")
signpost(2 out err check --offer leicestershire --answers tests/cases/mo.json --locale xx)
expect_contains("${err}" "--locale: no catalogs for \"xx\"")
signpost(2 out err check --offer leicestershire --answers no-such-file.json)
expect_contains("${err}" "no-such-file.json: cannot be read")

# Walk: every screen as a JSON line, from start to result.
signpost(0 out err walk --offer leicestershire --answers tests/cases/mo.json ${today})
string(REGEX MATCHALL "\n" lines "${out}")
list(LENGTH lines n)
if(NOT n EQUAL 13)
  message(SEND_ERROR "walk printed ${n} screens, expected 13 (start, who is checking, 6 questions, 3 for signposting, check answers, result)")
  math(EXPR failures "${failures} + 1")
endif()
expect_contains("${out}" "{\"dir\":\"ltr\"")
expect_contains("${out}" "\"screen\":\"result\"")

# Every screen of every offer in every language, and in the pseudo-locales.
file(GLOB locales RELATIVE ${ROOT}/i18n ${ROOT}/i18n/*)
foreach(locale IN LISTS locales en-XA ar-XB)
  foreach(walk "leicestershire;mo" "leicestershire;mia" "wakefield;wakefield-specialist")
    list(GET walk 0 offer)
    list(GET walk 1 family)
    signpost(0 out err walk --offer ${offer} --answers tests/cases/${family}.json ${today} --locale ${locale})
    expect_contains("${out}" "\"locale\":\"${locale}\"")
    expect_contains("${out}" "\"screen\":\"result\"")
  endforeach()
endforeach()

# Easy read: every screen of every offer, in English.
foreach(walk "leicestershire;mo" "leicestershire;melody" "wakefield;wakefield-specialist")
  list(GET walk 0 offer)
  list(GET walk 1 family)
  signpost(0 out err walk --offer ${offer} --answers tests/cases/${family}.json ${today} --easy-read)
  expect_contains("${out}" "\"easy_read\":true")
  expect_contains("${out}" "\"ideas\":[{\"alt\":")
endforeach()
signpost(2 out err walk --offer leicestershire --answers tests/cases/mo.json --easy-reading)
expect_contains("${err}" "unknown option \"--easy-reading\"")
# Easy read in every language, with pictures.
foreach(locale IN LISTS locales)
  signpost(0 out err walk --offer leicestershire --answers tests/cases/mo.json ${today} --easy-read --locale ${locale})
  expect_contains("${out}" "\"easy_read\":true")
  expect_contains("${out}" "\"ideas\":[{\"alt\":")
endforeach()

# The Short Breaks Services Statement: every language and easy read, each page
# linking to the others, with the stylesheet and pictures beside them; or one.
set(statement_dir ${work}/statement)
file(REMOVE_RECURSE ${statement_dir})
signpost(0 out err statement --offer wakefield --out ${statement_dir})
expect_contains("${out}" "statement: 23 pages for wakefield")
file(READ ${statement_dir}/ur/easy-read/index.html ur_easy)
expect_contains("${ur_easy}" "<html lang=\"ur\" dir=\"rtl\"")
expect_contains("${ur_easy}" "href=\"../../statement.css\"")
expect_contains("${ur_easy}" "href=\"../../en-GB/easy-read/\"")
expect_contains("${ur_easy}" "<img class=\"sp-idea__picture\" src=\"../../pictures/")
file(READ ${statement_dir}/en-GB/index.html en_statement)
expect_contains("${en_statement}" "<h1 class=\"sp-heading-xl\" tabindex=\"-1\">Wakefield Council: Short Breaks Services Statement</h1>")
expect_contains("${en_statement}" "Every council in England must publish a statement")
expect_contains("${en_statement}" "How carers&#39; views have shaped the offer")
if(NOT EXISTS ${statement_dir}/statement.css OR NOT EXISTS ${statement_dir}/pictures/council.svg)
  message(SEND_ERROR "the statement's stylesheet and pictures are not beside it")
  math(EXPR failures "${failures} + 1")
endif()
file(REMOVE_RECURSE ${statement_dir})
signpost(0 out err statement --offer dorset --locale pl --easy-read --out ${statement_dir})
expect_contains("${out}" "statement: 1 page for dorset")
signpost(2 out err statement --offer dorset --locale xx --out ${statement_dir})
expect_contains("${err}" "--locale: no catalogs for \"xx\"")
signpost(2 out err statement --offer dorset)
expect_contains("${err}" "--offer NAME and --out DIR are required")

# The young person's voice: Mia, 16, checks for herself.
signpost(0 out err walk --offer leicestershire --answers tests/cases/mia-herself.json ${today})
expect_contains("${out}" "Do you live in Leicestershire?")
expect_contains("${out}" "Services that may suit you")
# The start screen is the same for all, before the check asks who is doing it.
string(FIND "${out}" "\n" first_end)
string(SUBSTRING "${out}" ${first_end} -1 after_start)
string(FIND "${after_start}" "your child" child_at)
if(NOT child_at EQUAL -1)
  message(SEND_ERROR "the young person's walk still speaks of \"your child\" after the first question")
  math(EXPR failures "${failures} + 1")
endif()

# Every route a family asks an assessment for names where to ask, reachable
# (a phone, an email or a web page) and with the page that says so.
function(expect_asks_sourced json)
  string(JSON count LENGTH "${json}" outcomes)
  math(EXPR last "${count} - 1")
  set(asked 0)
  foreach(i RANGE ${last})
    string(JSON status GET "${json}" outcomes ${i} status)
    if(status STREQUAL "assessment" OR status STREQUAL "not-yet")
      math(EXPR asked "${asked} + 1")
      string(JSON route GET "${json}" outcomes ${i} route)
      string(JSON phone GET "${json}" outcomes ${i} ask phone)
      string(JSON url GET "${json}" outcomes ${i} ask url)
      string(JSON source ERROR_VARIABLE missing GET "${json}" outcomes ${i} ask source url)
      string(JSON read_on ERROR_VARIABLE missing GET "${json}" outcomes ${i} ask source read_on)
      if((phone STREQUAL "phone-NOTFOUND" AND url STREQUAL "url-NOTFOUND") OR NOT source MATCHES "^https://" OR NOT read_on MATCHES "^20[0-9][0-9]-")
        message(SEND_ERROR "route ${route} (${status}): no reachable contact with its source: phone ${phone}, url ${url}, source ${source} ${read_on}")
        math(EXPR f "${failures} + 1")
        set(failures ${f} PARENT_SCOPE)
      endif()
    endif()
  endforeach()
  if(asked EQUAL 0)
    message(SEND_ERROR "no outcome asked for an assessment")
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
  endif()
  math(EXPR n "${checks} + 1")
  set(checks ${n} PARENT_SCOPE)
endfunction()
file(WRITE ${work}/dorset-specialist.json
     "{\"lives_in_area\": \"yes\", \"date_of_birth\": \"2012-01-01\", \"disability\": \"yes\", \"complex_needs\": \"yes\", \"support_needs\": [\"personal-care\", \"community-activities\"]}")
foreach(family "leicestershire;tests/cases/mia.json" "leicestershire;tests/cases/melody.json" "wakefield;tests/cases/wakefield-specialist.json"
               "dorset;${work}/dorset-specialist.json")
  list(GET family 0 offer)
  list(GET family 1 answers)
  signpost(0 out err check --offer ${offer} --answers ${answers} ${today} --format json)
  expect_asks_sourced("${out}")
  expect_contains("${out}" "as published on")
endforeach()

# Lint: clean on the built-in content; on a broken copy, exit 1 naming file and pointer.
signpost(0 out err lint)
expect_contains("${out}" "lint: 3 offers")
set(copy ${work}/broken-content)
file(REMOVE_RECURSE ${copy})
file(COPY ${ROOT}/offers ${ROOT}/i18n ${ROOT}/easyread DESTINATION ${copy})
file(READ ${copy}/offers/leicestershire/rules.json rules)
string(REPLACE "\"min\": 5," "\"min\": \"five\"," rules "${rules}")
file(WRITE ${copy}/offers/leicestershire/rules.json "${rules}")
signpost(1 out err lint --root ${copy})
expect_contains("${err}" "offers/leicestershire/rules.json: /conditions/gate/all/2/any/0/all/0/age/min: expected an integer from 0 to 130, got \"five\"")
expect_contains("${out}" "1 error")
signpost(0 out err lint --root ${copy} --offer wakefield)
# A phone number without the page it was read from is refused.
file(READ ${copy}/offers/wakefield/pack.json pack)
string(REGEX REPLACE "\"source\": { \"url\": \"https://wakefield.mylocaloffer.org/short-breaks/types-of-short-breaks/\", \"read_on\": \"2026-12-02\" },\n      \"note\": \"The Local Offer's short breaks page: to request"
       "\"source\": \"assumed\", \"note\": \"To request" pack "${pack}")
file(WRITE ${copy}/offers/wakefield/pack.json "${pack}")
signpost(1 out err lint --root ${copy} --offer wakefield)
expect_contains("${err}" "offers/wakefield/pack.json: /contacts/0/source: contact \"social-care-direct\" gives a phone number, email or address without the page it was read from")
# A pack past its review date is a warning, not an error.
signpost(0 out err lint --root ${copy} --offer dorset --today 2027-06-02)
expect_contains("${err}" "warning: offers/dorset/pack.json: /review_by: past its review date 2027-06-01")

# Import from Open Referral UK feeds into an offer's directory.json.
set(imports ${work}/import-root)
file(REMOVE_RECURSE ${imports})
file(MAKE_DIRECTORY ${imports}/offers)
file(COPY ${ROOT}/offers/leicestershire DESTINATION ${imports}/offers)
file(REMOVE ${imports}/offers/leicestershire/directory.json)
signpost(0 out err import-directory --from tests/fixtures/oruk/v1-page.json --offer leicestershire --tier early-help --root ${imports})
expect_contains("${out}" "import-directory: 1 services from tests/fixtures/oruk/v1-page.json, 2 skipped, 0 kept")
expect_contains("${err}" "v1-page.json: /content/1: skipped")
signpost(0 out err import-directory --from ${ROOT}/tests/fixtures/oruk/v3-service.json --offer leicestershire --root ${imports})
expect_contains("${out}" "1 services from")
expect_contains("${out}" "1 kept from elsewhere")
file(READ ${imports}/offers/leicestershire/directory.json written)
expect_contains("${written}" "\"name\": \"Riverside Saturday Sensory Club\"")
expect_contains("${written}" "\"postcode_district\": \"LE11\"")
# A broken feed changes nothing.
file(WRITE ${imports}/broken-feed.json "{\"content\": [")
signpost(1 out err import-directory --from ${imports}/broken-feed.json --offer leicestershire --root ${imports})
expect_contains("${err}" "the directory is unchanged")
file(READ ${imports}/offers/leicestershire/directory.json after)
if(NOT after STREQUAL written)
  message(SEND_ERROR "a broken feed changed directory.json")
  math(EXPR failures "${failures} + 1")
endif()
signpost(2 out err import-directory --from tests/fixtures/oruk/v1-page.json --offer leicestershire --tier targeted --root ${imports})
expect_contains("${err}" "--tier: expected one of this offer's tiers (universal, early-help, specialised), got \"targeted\"")
# A hostile feed: each bad record is skipped, named, and what is kept passes
# lint and check (tests/fixtures/oruk/hostile.json holds one reproducer each).
set(hostile ${work}/hostile-root)
file(REMOVE_RECURSE ${hostile})
file(MAKE_DIRECTORY ${hostile}/offers)
file(COPY ${ROOT}/offers/leicestershire ${ROOT}/i18n ${ROOT}/easyread DESTINATION ${hostile})
file(RENAME ${hostile}/leicestershire ${hostile}/offers/leicestershire)
signpost(0 out err import-directory --from tests/fixtures/oruk/hostile.json --offer leicestershire --root ${hostile})
expect_contains("${out}" "import-directory: 1 services from tests/fixtures/oruk/hostile.json, 11 skipped")
foreach(skipped
    "/1/schedules/0/opens_at: skipped service \"h-time\": expected a time as HH:MM or HH:MM:SS, got \"1234é\""
    "/2/schedules/0/byday: skipped service \"h-day\": expected a day such as MO or Monday, got \"aé\""
    "/3/service_at_locations/0/location/latitude: skipped service \"h-nan\": expected a number from -90 to 90, got \"nan\""
    "/4/service_at_locations/0/location/latitude: skipped service \"h-inf\""
    "/5/service_at_locations/0/location/latitude: skipped service \"h-big\""
    "/6/service_at_locations/0/location/latitude: skipped service \"h-far\": expected a number from -90 to 90, got 500"
    "/7/service_at_locations/0/location/longitude: skipped service \"h-west\""
    "/8/id: skipped service \"h-good\": this id was read already"
    "/9: skipped service \"h-script\": url: expected a web address that begins https://"
    "/10/minimum_age: skipped service \"h-age\": expected an age from 0 to 130, got 1e+300"
    "/11/url: skipped service \"h-twice\": this key is given twice in one object")
  expect_contains("${err}" "tests/fixtures/oruk/hostile.json: ${skipped}")
endforeach()
signpost(0 out err lint --root ${hostile})
signpost(0 out err check --offer leicestershire --answers tests/cases/mo.json --root ${hostile})
file(GLOB leftovers ${hostile}/offers/leicestershire/*.partial ${hostile}/offers/leicestershire/.directory.json.*)
if(leftovers)
  message(SEND_ERROR "an import left files behind: ${leftovers}")
  math(EXPR failures "${failures} + 1")
endif()
# A write that fails half way (a file size limit, as a full disk) changes nothing and leaves nothing.
file(READ ${hostile}/offers/leicestershire/directory.json before)
execute_process(COMMAND bash -c "ulimit -f 2; exec \"$0\" \"$@\"" ${SIGNPOST} import-directory --from tests/fixtures/oruk/v3-service.json
                --offer leicestershire --root ${hostile} WORKING_DIRECTORY ${ROOT} RESULT_VARIABLE rc ERROR_VARIABLE e OUTPUT_QUIET)
expect_contains("${rc}:${e}" "1:signpost: ${hostile}/offers/leicestershire/directory.json: cannot be written: File too large; the directory is unchanged")
file(READ ${hostile}/offers/leicestershire/directory.json after)
file(GLOB leftovers ${hostile}/offers/leicestershire/.directory.json.*)
if(NOT after STREQUAL before OR leftovers)
  message(SEND_ERROR "a failed write changed directory.json or left ${leftovers}")
  math(EXPR failures "${failures} + 1")
endif()
# A key given twice in answers is an error, not whichever came last.
file(WRITE ${hostile}/twice.json "{\"lives_in_area\": \"yes\", \"lives_in_area\": \"no\"}")
signpost(2 out err check --offer leicestershire --answers ${hostile}/twice.json)
expect_contains("${err}" "twice.json: /lives_in_area: this key is given twice in one object; keep one")
# Feeds from a URL, paged: tests/feeds (a server on 127.0.0.1).

math(EXPR passed "${checks} - ${failures}")
message("cli: ${passed} passed, ${failures} failed")
if(failures GREATER 0)
  message(FATAL_ERROR "cli tests failed; what it wrote is in ${work}")
endif()
file(REMOVE_RECURSE ${work})
