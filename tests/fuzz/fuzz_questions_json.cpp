// The question file preview on any bytes read as JSON.
#include "QuestionFileCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rehearse::fuzz::checkQuestionFile(rehearse::fuzz::bytes(data, size),
                                      rehearse::core::QuestionTransfer::Format::Json);
    return 0;
}
