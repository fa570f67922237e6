<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>SendingPage</source>
            <comment>Being sent</comment>
            <translation type="vanished">Lähetetään</translation>
        </message>
        <message>
            <source>SendingPage</source>
            <comment>Sent</comment>
            <translation type="vanished">Lähetetty</translation>
        </message>
        <message>
            <source>SendingPage</source>
            <comment>Failed</comment>
            <translation type="vanished">Epäonnistui</translation>
        </message>
        <message>
            <source>SendingPage</source>
            <comment>PDF only</comment>
            <translation type="vanished">Vain PDF</translation>
        </message>
    </context>
    <context>
        <name>AllocationDialog</name>
        <message>
            <source>Allocate payment</source>
            <translation>Kohdista maksu</translation>
        </message>
        <message>
            <source>Payment of %1 on %2, reference %3, from %4. Waiting: %5.</source>
            <translation>Maksu %1, kirjauspäivä %2, viite %3, maksaja %4. Kohdistamatta: %5.</translation>
        </message>
        <message>
            <source>customer number</source>
            <translation>asiakasnumero</translation>
        </message>
        <message>
            <source>Show open invoices</source>
            <translation>Näytä avoimet laskut</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Vanhimmat ensin</translation>
        </message>
        <message>
            <source>Fill the oldest open invoices first</source>
            <translation>Kohdista ensin vanhimmille avoimille laskuille</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Asiakas:</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Lasku</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Eräpäivä</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoinna</translation>
        </message>
        <message>
            <source>Allocate</source>
            <translation>Kohdista</translation>
        </message>
        <message>
            <source>The customer has no open invoices.</source>
            <translation>Asiakkaalla ei ole avoimia laskuja.</translation>
        </message>
        <message>
            <source>The payment matches no customer: type the customer number.</source>
            <translation>Maksua ei voi yhdistää asiakkaaseen: kirjoita asiakasnumero.</translation>
        </message>
        <message>
            <source>Allocated %1 of %2 waiting.</source>
            <translation>Kohdistettu %1 kohdistamattomasta summasta %2.</translation>
        </message>
        <message>
            <source>Type amounts like 12,50.</source>
            <translation type="vanished">Kirjoita summat muodossa 12,50.</translation>
        </message>
        <message>
            <source>That is more than the payment has waiting.</source>
            <translation>Summa on suurempi kuin maksusta on kohdistamatta.</translation>
        </message>
        <message numerus="yes">
            <source>Allocate %1 of the payment to %n invoice(s)?</source>
            <translation>
                <numerusform>Kohdistetaanko maksusta %1 %n laskulle?</numerusform>
                <numerusform>Kohdistetaanko maksusta %1 %n laskulle?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 allocated to %n invoice(s).</source>
            <translation>
                <numerusform>%1 kohdistettu %n laskulle.</numerusform>
                <numerusform>%1 kohdistettu %n laskulle.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BalanceHistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Tosite</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Tapahtuma</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Muutos</translation>
        </message>
        <message>
            <source>Balance after</source>
            <translation>Uusi saldo</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Selite</translation>
        </message>
    </context>
    <context>
        <name>BilledInvoicesModel</name>
        <message>
            <source>Invoice number</source>
            <translation>Laskunumero</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Rivit</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Eräpäivä</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summa</translation>
        </message>
        <message>
            <source>Credit balance used</source>
            <translation>Käytetty saldo</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Maksettavaa</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Viitenumero</translation>
        </message>
    </context>
    <context>
        <name>BillingPage</name>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Laskut</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Tuote</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Rivit</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Alv-kanta</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Laskutus</translation>
        </message>
        <message>
            <source>Billing run</source>
            <translation>Laskutusajo</translation>
        </message>
        <message>
            <source>Run:</source>
            <translation>Ajo:</translation>
        </message>
        <message>
            <source>Subscriptions</source>
            <translation>Kestotilaukset</translation>
        </message>
        <message>
            <source>Advertisements (ad invoices)</source>
            <translation>Ilmoitukset (ilmoituslaskut)</translation>
        </message>
        <message>
            <source>Due by:</source>
            <translation>Laskutettavissa viimeistään:</translation>
        </message>
        <message>
            <source>Fetch billing requests</source>
            <translation>Hae laskutuspyynnöt</translation>
        </message>
        <message>
            <source>Earlier runs:</source>
            <translation>Aiemmat ajot:</translation>
        </message>
        <message>
            <source>Show summary</source>
            <translation>Näytä yhteenveto</translation>
        </message>
        <message>
            <source>Show only erroneous rows</source>
            <translation>Näytä vain virheelliset rivit</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Tarkista uudelleen</translation>
        </message>
        <message>
            <source>Re-read the listed requests after fixing customers or orders</source>
            <translation>Lue luettelon pyynnöt uudelleen, kun olet korjannut asiakkaiden tai tilausten tiedot</translation>
        </message>
        <message>
            <source>Run options</source>
            <translation>Ajon asetukset</translation>
        </message>
        <message>
            <source>Invoice date:</source>
            <translation>Laskun päiväys:</translation>
        </message>
        <message>
            <source>Same due date for every invoice:</source>
            <translation type="vanished">Sama eräpäivä kaikille laskuille:</translation>
        </message>
        <message>
            <source>Off: each customer's payment terms set the due date</source>
            <translation>Pois päältä: eräpäivä määräytyy kunkin asiakkaan maksuehdon mukaan</translation>
        </message>
        <message>
            <source>One invoice per order (instead of per customer and channel)</source>
            <translation type="vanished">Oma lasku jokaisesta tilauksesta (asiakas- ja kanavakohtaisen laskun sijaan)</translation>
        </message>
        <message>
            <source>Highlight rows whose price differs from the list price</source>
            <translation type="vanished">Korosta rivit, joiden hinta poikkeaa listahinnasta</translation>
        </message>
        <message>
            <source>One due date for all:</source>
            <translation>Sama eräpäivä kaikille:</translation>
        </message>
        <message>
            <source>One invoice per order</source>
            <translation>Lasku tilauksittain</translation>
        </message>
        <message>
            <source>Off: one invoice per customer and channel, the orders as its lines</source>
            <translation>Pois: yksi lasku asiakasta ja lähetyskanavaa kohden, tilaukset sen riveinä</translation>
        </message>
        <message>
            <source>Highlight prices that differ from the list price</source>
            <translation>Korosta listahinnasta poikkeavat hinnat</translation>
        </message>
        <message>
            <source>Preview (writes nothing)</source>
            <translation>Esikatselu (ei tallenna mitään)</translation>
        </message>
        <message>
            <source>Back to the billing requests</source>
            <translation>Takaisin laskutuspyyntöihin</translation>
        </message>
        <message>
            <source>Download PDF…</source>
            <translation>Lataa PDF…</translation>
        </message>
        <message>
            <source>Batch id</source>
            <translation>Luontitunnus</translation>
        </message>
        <message>
            <source>Requests billed</source>
            <translation>Laskutetut pyynnöt</translation>
        </message>
        <message>
            <source>Requests skipped</source>
            <translation>Ohitetut pyynnöt</translation>
        </message>
        <message>
            <source>VAT 0 %</source>
            <translation>Alv 0 %</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Alv</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
        <message>
            <source>Credit balance used</source>
            <translation>Käytetty saldo</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Maksettavaa</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Kanavittain</translation>
        </message>
        <message>
            <source>By product</source>
            <translation>Tuotteittain</translation>
        </message>
        <message>
            <source>By VAT rate</source>
            <translation>Alv-kannoittain</translation>
        </message>
        <message>
            <source>Skipped requests</source>
            <translation>Ohitetut pyynnöt</translation>
        </message>
        <message>
            <source>1 Fetch billing requests</source>
            <translation>1 Hae laskutuspyynnöt</translation>
        </message>
        <message>
            <source>2 Fix errors</source>
            <translation>2 Korjaa virheet</translation>
        </message>
        <message>
            <source>3 Select, preview, run</source>
            <translation>3 Valitse, esikatsele, aja</translation>
        </message>
        <message>
            <source>4 Summary</source>
            <translation>4 Yhteenveto</translation>
        </message>
        <message numerus="yes">
            <source>%n billing request(s) have errors</source>
            <translation>
                <numerusform>%n laskutuspyynnössä on virheitä</numerusform>
                <numerusform>%n laskutuspyynnössä on virheitä</numerusform>
            </translation>
        </message>
        <message>
            <source>they are skipped; click a customer number to fix the customer</source>
            <translation>ne ohitetaan; korjaa asiakkaan tiedot napsauttamalla asiakasnumeroa</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) have a price that differs from the product's list price (shown in amber).</source>
            <translation>
                <numerusform>%n rivin hinta poikkeaa tuotteen listahinnasta (näytetään oranssina).</numerusform>
                <numerusform>%n rivin hinta poikkeaa tuotteen listahinnasta (näytetään oranssina).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the run and the date, then press Fetch billing requests.</source>
            <translation>Valitse ajo ja päivä ja paina sitten Hae laskutuspyynnöt.</translation>
        </message>
        <message>
            <source>No billing requests are due by %1.</source>
            <translation>Päivään %1 mennessä ei ole laskutettavia laskutuspyyntöjä.</translation>
        </message>
        <message>
            <source>PREVIEW IS ON: the run shows exactly what would be invoiced and writes nothing. Switch Preview off to bill for real.</source>
            <translation>ESIKATSELU ON PÄÄLLÄ: ajo näyttää täsmälleen, mitä laskutettaisiin, eikä tallenna mitään. Laskuta oikeasti kytkemällä esikatselu pois päältä.</translation>
        </message>
        <message>
            <source>Preview billing</source>
            <translation>Esikatsele laskutus</translation>
        </message>
        <message>
            <source>Run billing</source>
            <translation>Suorita laskutus</translation>
        </message>
        <message>
            <source>Select the requests to bill (Select all).</source>
            <translation>Valitse laskutettavat pyynnöt (Valitse kaikki).</translation>
        </message>
        <message>
            <source>Every selected request has errors.</source>
            <translation>Kaikissa valituissa pyynnöissä on virheitä.</translation>
        </message>
        <message>
            <source>The due date is before the invoice date.</source>
            <translation>Eräpäivä on ennen laskun päiväystä.</translation>
        </message>
        <message>
            <source>%1 of %2 requests selected; %3 can be billed, %4 (VAT 0 %).</source>
            <translation>%1 / %2 pyyntöä valittu; laskutettavissa %3, %4 (alv 0 %).</translation>
        </message>
        <message numerus="yes">
            <source>%n new billing request(s) made from the orders.</source>
            <translation>
                <numerusform>Tilauksista luotiin %n uusi laskutuspyyntö.</numerusform>
                <numerusform>Tilauksista luotiin %n uutta laskutuspyyntöä.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bill %1 requests of %2 customers, %3 (VAT 0 %)? Invoices, invoice numbers and postings are made; the customers' credit balances are used first.</source>
            <translation>Laskutetaanko %1 pyyntöä %2 asiakkaalle, yhteensä %3 (alv 0 %)? Laskut, laskunumerot ja kirjaukset tehdään; asiakkaiden saldot käytetään ensin.</translation>
        </message>
        <message>
            <source>Previewing the billing run…</source>
            <translation>Esikatsellaan laskutusajoa…</translation>
        </message>
        <message>
            <source>Billing…</source>
            <translation>Laskutetaan…</translation>
        </message>
        <message numerus="yes">
            <source>The run was cancelled: %n invoice(s) were created before it stopped; the rest are still waiting.</source>
            <translation>
                <numerusform>Ajo keskeytettiin: %n lasku ehdittiin luoda ennen keskeytystä; loput odottavat yhä.</numerusform>
                <numerusform>Ajo keskeytettiin: %n laskua ehdittiin luoda ennen keskeytystä; loput odottavat yhä.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) created in billing run %1.</source>
            <translation>
                <numerusform>Laskutusajossa %1 luotiin %n lasku.</numerusform>
                <numerusform>Laskutusajossa %1 luotiin %n laskua.</numerusform>
            </translation>
        </message>
        <message>
            <source>PREVIEW — nothing was written. This is exactly what the run would invoice; go back, switch Preview off and run to bill.</source>
            <translation>ESIKATSELU – mitään ei tallennettu. Juuri tämän ajo laskuttaisi; palaa takaisin, kytke esikatselu pois päältä ja laskuta suorittamalla ajo.</translation>
        </message>
        <message>
            <source>The run was cancelled: the invoices below were made; the other requests are still waiting and can be billed later.</source>
            <translation>Ajo keskeytettiin: alla olevat laskut luotiin; muut pyynnöt odottavat yhä ja voidaan laskuttaa myöhemmin.</translation>
        </message>
        <message>
            <source>This run did not finish: its invoices are whole; unbilled requests are still waiting.</source>
            <translation>Ajo ei päättynyt: sen laskut ovat kokonaisia; laskuttamattomat pyynnöt odottavat yhä.</translation>
        </message>
        <message>
            <source>Billing run %1 finished on %2.</source>
            <translation>Laskutusajo %1 valmistui %2.</translation>
        </message>
        <message>
            <source>Skipped requests (%1)</source>
            <translation>Ohitetut pyynnöt (%1)</translation>
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation>Tallenna yhteenveto PDF-tiedostona</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-tiedostot (*.pdf)</translation>
        </message>
        <message>
            <source>The summary was saved to %1.</source>
            <translation>Yhteenveto tallennettiin tiedostoon %1.</translation>
        </message>
        <message>
            <source>ads</source>
            <translation>ilmoitukset</translation>
        </message>
        <message>
            <source>subscriptions</source>
            <translation>kestotilaukset</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s)</source>
            <translation>
                <numerusform>%n lasku</numerusform>
                <numerusform>%n laskua</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BillingRequestsModel</name>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Tilaus</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Tuote</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Määrä</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Hinta</translation>
        </message>
        <message>
            <source>List price</source>
            <translation>Listahinta</translation>
        </message>
        <message>
            <source>Amount (VAT 0 %)</source>
            <translation>Summa (alv 0 %)</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Alv</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanava</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Virhe</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Virhe: %1</translation>
        </message>
        <message>
            <source>The order's price differs from the product's list price.</source>
            <translation>Tilauksen hinta poikkeaa tuotteen listahinnasta.</translation>
        </message>
        <message>
            <source>Open the customer card</source>
            <translation>Avaa asiakaskortti</translation>
        </message>
        <message>
            <source>Open the order</source>
            <translation>Avaa tilaus</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <source>Invoice</source>
            <translation>Lasku</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Asiakastyyppi</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>Laskun päiväys</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Eräpäivä</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Päivää myöhässä</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoinna</translation>
        </message>
        <message>
            <source>Reminder #1</source>
            <translation>Maksumuistutus #1</translation>
        </message>
        <message>
            <source>Reminder #1 date</source>
            <translation>Maksumuistutuksen #1 päiväys</translation>
        </message>
        <message>
            <source>Reminder fee</source>
            <translation>Muistutusmaksu</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Viivästyskorko</translation>
        </message>
        <message>
            <source>Reminder due date</source>
            <translation>Maksumuistutuksen eräpäivä</translation>
        </message>
        <message>
            <source>Reminder asks</source>
            <translation>Maksettava</translation>
        </message>
        <message>
            <source>Interest accrued %1, of which %2 was charged on earlier reminders</source>
            <translation>Viivästyskorkoa kertynyt %1, josta %2 on veloitettu aiemmilla muistutuksilla</translation>
        </message>
        <message>
            <source>Late-payment interest %1 a year</source>
            <translation>Viivästyskorko %1 vuodessa</translation>
        </message>
        <message>
            <source>Open %1 + reminder fee %2 + interest %3</source>
            <translation>Avoinna %1 + muistutusmaksu %2 + korko %3</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogModel</name>
        <message>
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ei</translation>
        </message>
        <message>
            <source>Customer created</source>
            <translation>Asiakas luotu</translation>
        </message>
        <message>
            <source>Customer data changed</source>
            <translation>Asiakastietoja muutettu</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Luotu</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Muutettu</translation>
        </message>
        <message>
            <source>Order price changed</source>
            <translation>Tilauksen hinta muutettu</translation>
        </message>
        <message>
            <source>Order cancelled</source>
            <translation>Tilaus peruttu</translation>
        </message>
        <message>
            <source>Billing request taken off the list</source>
            <translation>Laskutuspyyntö poistettu listalta</translation>
        </message>
        <message>
            <source>Billing requests of an order taken off the list</source>
            <translation>Tilauksen laskutuspyynnöt poistettu listalta</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Milloin</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kuka</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mitä</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Muutokset</translation>
        </message>
    </context>
    <context>
        <name>CollectionModel</name>
        <message>
            <source>Invoice</source>
            <translation>Lasku</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Eräpäivä</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoinna</translation>
        </message>
        <message>
            <source>Reminder fees open</source>
            <translation>Muistutusmaksuja avoinna</translation>
        </message>
        <message>
            <source>Reminder #1 date</source>
            <translation>Maksumuistutuksen #1 päiväys</translation>
        </message>
        <message>
            <source>Reminder #2 date</source>
            <translation>Maksumuistutuksen #2 päiväys</translation>
        </message>
        <message>
            <source>Reminder #2 due date</source>
            <translation>Maksumuistutuksen #2 eräpäivä</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
    </context>
    <context>
        <name>CustomerCardPage</name>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Customer %1 %2</source>
            <translation>Asiakas %1 %2</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Muokkaa…</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>Contact information</source>
            <translation>Yhteystiedot</translation>
        </message>
        <message>
            <source>Billing information</source>
            <translation>Laskutustiedot</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <source>E-invoice address / operator</source>
            <translation>Verkkolaskuosoite / välittäjä</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Pankkitili</translation>
        </message>
        <message>
            <source>Credit balance (saldo):</source>
            <translation>Saldo:</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Tilaukset</translation>
        </message>
        <message>
            <source>Invoices and reminders</source>
            <translation>Laskut ja muistutukset</translation>
        </message>
        <message>
            <source>Open PDF</source>
            <translation>Avaa PDF</translation>
        </message>
        <message>
            <source>The selected invoice as the customer receives it (double-click a row)</source>
            <translation>Valittu lasku sellaisena kuin asiakas sen saa (tai kaksoisnapsauta riviä)</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Suoritukset</translation>
        </message>
        <message>
            <source>Credit balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Ledger postings</source>
            <translation>Kirjaukset</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Muutoshistoria</translation>
        </message>
        <message>
            <source>Loading the customer…</source>
            <translation>Ladataan asiakasta…</translation>
        </message>
        <message>
            <source>Customer card: %1</source>
            <translation>Asiakaskortti: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n päivä</numerusform>
                <numerusform>%n päivää</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes: no payment reminders are sent</source>
            <translation>Kyllä: maksumuistutuksia ei lähetetä</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ei</translation>
        </message>
        <message>
            <source>Money held for the customer; it pays the next invoices.</source>
            <translation>Asiakkaan rahaa meillä; se käytetään seuraavien laskujen maksuun.</translation>
        </message>
        <message>
            <source>The customer owes this on the balance account.</source>
            <translation>Asiakas on tämän velkaa saldotilillä.</translation>
        </message>
        <message>
            <source>%1 of the customer's payments waits for handling in the Payments tab.</source>
            <translation>Asiakkaan maksuista %1 odottaa käsittelyä Suoritukset-välilehdellä.</translation>
        </message>
        <message>
            <source>The document was saved to %1.</source>
            <translation type="vanished">Asiakirja tallennettiin: %1.</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditDialog</name>
        <message>
            <source>Edit customer %1</source>
            <translation>Muokkaa asiakasta %1</translation>
        </message>
        <message>
            <source>Contact information</source>
            <translation>Yhteystiedot</translation>
        </message>
        <message>
            <source>Billing information</source>
            <translation>Laskutustiedot</translation>
        </message>
        <message>
            <source>No payment reminders (perintäkielto)</source>
            <translation>Ei maksumuistutuksia (perintäkielto)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> päivää</translation>
        </message>
        <message>
            <source>five digits in Finland</source>
            <translation>Suomessa viisi numeroa</translation>
        </message>
        <message>
            <source>two-letter country code</source>
            <translation>kaksikirjaiminen maakoodi</translation>
        </message>
        <message>
            <source>email address</source>
            <translation>sähköpostiosoite</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>puhelinnumero</translation>
        </message>
        <message>
            <source>OVT code or IBAN of the receiver</source>
            <translation>vastaanottajan OVT-tunnus tai IBAN</translation>
        </message>
        <message>
            <source>the operator's identifier</source>
            <translation>välittäjän tunnus</translation>
        </message>
        <message>
            <source>seven digits, hyphen, check digit</source>
            <translation>seitsemän numeroa, viiva, tarkiste</translation>
        </message>
        <message>
            <source>account number in IBAN form</source>
            <translation>tilinumero IBAN-muodossa</translation>
        </message>
        <message>
            <source>filled in from a Finnish IBAN</source>
            <translation>täyttyy suomalaisesta IBANista</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
    <context>
        <name>CustomerOrdersModel</name>
        <message>
            <source>Order number</source>
            <translation>Tilausnumero</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Tuote</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Määrä</translation>
        </message>
        <message>
            <source>Price (VAT 0%)</source>
            <translation>Hinta (alv 0 %)</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Myyntikanava</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Cut-off date</source>
            <translation>Katkaisupäivä</translation>
        </message>
        <message>
            <source>Open the order</source>
            <translation>Avaa tilaus</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchModel</name>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Yritys</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Current and future orders</source>
            <translation>Voimassa olevat ja tulevat tilaukset</translation>
        </message>
        <message>
            <source>cut off %1</source>
            <translation>katkaistu %1</translation>
        </message>
        <message>
            <source>Open the customer card</source>
            <translation>Avaa asiakaskortti</translation>
        </message>
    </context>
    <context>
        <name>CustomerSearchPage</name>
        <message>
            <source>Front page</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <source>Customer search</source>
            <translation>Asiakashaku</translation>
        </message>
        <message>
            <source>Search customers… (Ctrl+F)</source>
            <translation>Hae asiakkaita… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Name (any word, start of a word), customer number, email, phone, postal code, or an order, invoice or reference number.</source>
            <translation>Nimi (mikä tahansa sana tai sanan alku), asiakasnumero, sähköposti, puhelin, postinumero tai tilaus-, lasku- tai viitenumero.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Haetaan…</translation>
        </message>
        <message>
            <source>No customers found for “%1”.</source>
            <translation>Haulla ”%1” ei löytynyt asiakkaita.</translation>
        </message>
        <message>
            <source>The first %1 customers found; type more to narrow the search.</source>
            <translation>Näytetään %1 ensimmäistä asiakasta; tarkenna hakua kirjoittamalla lisää.</translation>
        </message>
        <message numerus="yes">
            <source>%n customer(s) found.</source>
            <translation>
                <numerusform>%n asiakas löytyi.</numerusform>
                <numerusform>%n asiakasta löytyi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The search used the first %1 words; %n word(s) left out.</source>
            <translation>
                <numerusform>Haussa käytettiin %1 ensimmäistä sanaa; %n sana jätettiin pois.</numerusform>
                <numerusform>Haussa käytettiin %1 ensimmäistä sanaa; %n sanaa jätettiin pois.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataTable</name>
        <message>
            <source>Filter the list… (Ctrl+F)</source>
            <translation>Suodata luetteloa… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Valitse kaikki</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopioi</translation>
        </message>
        <message>
            <source>Copy the selected rows for a spreadsheet (Ctrl+C)</source>
            <translation>Kopioi valitut rivit taulukkolaskentaan (Ctrl+C)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Vie…</translation>
        </message>
        <message>
            <source>Save the list as CSV or Excel (XLSX)</source>
            <translation>Tallenna luettelo CSV- tai Excel-tiedostoksi (XLSX)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n rivi</numerusform>
                <numerusform>%n riviä</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 / %2 riviä</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Vie luettelo</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
            <translation>Excel-työkirja (*.xlsx);;CSV taulukkolaskentaan (*.csv)</translation>
        </message>
        <message>
            <source>%1 rows exported to %2.</source>
            <translation>%1 riviä viety tiedostoon %2.</translation>
        </message>
    </context>
    <context>
        <name>DispatchesModel</name>
        <message>
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Lähetyskerrat</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tiedosto</translation>
        </message>
    </context>
    <context>
        <name>InvoicesModel</name>
        <message>
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Eräpäivä</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Viite</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summa</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoinna</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
    </context>
    <context>
        <name>InvoicesPage</name>
        <message>
            <source>Invoices</source>
            <translation>Laskut</translation>
        </message>
        <message>
            <source>Payment reminders and collection</source>
            <translation>Maksumuistutukset ja perintä</translation>
        </message>
        <message>
            <source>Payment reminders</source>
            <translation>Maksumuistutukset</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Perintä</translation>
        </message>
        <message>
            <source>Fetch reminder candidates #1</source>
            <translation>Hae muistutusehdokkaat #1</translation>
        </message>
        <message>
            <source>Open invoices overdue long enough that have no reminder yet</source>
            <translation>Avoimet laskut, jotka ovat olleet erääntyneinä riittävän kauan ja joista ei ole vielä tehty maksumuistutusta</translation>
        </message>
        <message>
            <source>Fetch reminder candidates #2</source>
            <translation>Hae muistutusehdokkaat #2</translation>
        </message>
        <message>
            <source>Invoices still unpaid some days after reminder #1's due date</source>
            <translation>Laskut, jotka ovat yhä maksamatta muutama päivä maksumuistutuksen #1 eräpäivän jälkeen</translation>
        </message>
        <message>
            <source>Show the invoices that are not eligible, with the reason</source>
            <translation>Näytä laskut, joille maksumuistutusta ei voi tehdä, syineen</translation>
        </message>
        <message>
            <source>Fetch collection candidates</source>
            <translation>Hae perintäehdokkaat</translation>
        </message>
        <message>
            <source>Invoices still unpaid after reminder #2's due date.</source>
            <translation>Laskut, jotka ovat yhä maksamatta maksumuistutuksen #2 eräpäivän jälkeen.</translation>
        </message>
        <message>
            <source>Transfer to collection</source>
            <translation>Siirrä perintään</translation>
        </message>
        <message>
            <source>Export for the collection agency…</source>
            <translation>Vie perintätoimistolle…</translation>
        </message>
        <message>
            <source>Save the selected invoices as CSV or Excel (XLSX) for the agency</source>
            <translation>Tallenna valitut laskut perintätoimistolle CSV- tai Excel-tiedostoksi (XLSX)</translation>
        </message>
        <message>
            <source>No reference rate has been entered for the half-year of %1, so no late-payment interest is calculated for invoices due in it. An accountant enters the rate announced by the Bank of Finland (reskontra reference-rates).</source>
            <translation type="vanished">Päivän %1 vuosipuoliskolle ei ole syötetty viitekorkoa, joten sillä erääntyville laskuille ei lasketa viivästyskorkoa. Kirjanpitäjä syöttää Suomen Pankin ilmoittaman koron (reskontra reference-rates).</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) can get payment reminder #%1; %2 not eligible yet.</source>
            <translation type="vanished">
                <numerusform>Maksumuistutuksen #%1 voi tehdä %n laskulle; %2 laskulle ei vielä voi.</numerusform>
                <numerusform>Maksumuistutuksen #%1 voi tehdä %n laskulle; %2 laskulle ei vielä voi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Enter reference rate…</source>
            <translation>Syötä viitekorko…</translation>
        </message>
        <message>
            <source>No reference rate has been entered for the half-year %1–%2, so no late-payment interest is calculated for its days.</source>
            <translation>Puolivuotiskaudelle %1–%2 ei ole syötetty viitekorkoa, joten sen päiviltä ei lasketa viivästyskorkoa.</translation>
        </message>
        <message>
            <source>Enter the rate the Bank of Finland announced for it.</source>
            <translation>Syötä Suomen Pankin sille julkaisema korko.</translation>
        </message>
        <message>
            <source>Ask an accountant to enter the rate the Bank of Finland announced for it.</source>
            <translation>Pyydä kirjanpitäjää syöttämään Suomen Pankin sille julkaisema korko.</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) can get payment reminder #%1; %2 already reminded; %3 not eligible yet.</source>
            <translation>
                <numerusform>Maksumuistutuksen #%1 voi tehdä %n laskulle; %2 laskua on jo muistutettu; %3 laskulle ei vielä voi.</numerusform>
                <numerusform>Maksumuistutuksen #%1 voi tehdä %n laskulle; %2 laskua on jo muistutettu; %3 laskulle ei vielä voi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Create payment reminder #%1</source>
            <translation>Luo maksumuistutus #%1</translation>
        </message>
        <message>
            <source>Reminders are created from the list of eligible invoices.</source>
            <translation>Maksumuistutukset luodaan niiden laskujen luettelosta, joille maksumuistutuksen voi tehdä.</translation>
        </message>
        <message>
            <source>%1 selected: reminder fees %2, interest %3.</source>
            <translation>%1 valittu: muistutusmaksut %2, viivästyskorot %3.</translation>
        </message>
        <message>
            <source>%1 selected: open %2, reminder fees open %3.</source>
            <translation>%1 valittu: avoinna %2, muistutusmaksuja avoinna %3.</translation>
        </message>
        <message numerus="yes">
            <source>Create %n payment reminder(s) #%1? Reminder fees %2 and late-payment interest %3 will be posted.</source>
            <translation>
                <numerusform>Luodaanko %n maksumuistutus #%1? Muistutusmaksu %2 ja viivästyskorko %3 kirjataan.</numerusform>
                <numerusform>Luodaanko %n maksumuistutusta #%1? Muistutusmaksut %2 ja viivästyskorot %3 kirjataan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Create %n payment reminder(s) #%1? Reminder fees %2 will be posted.</source>
            <translation>
                <numerusform>Luodaanko %n maksumuistutus #%1? Muistutusmaksu %2 kirjataan.</numerusform>
                <numerusform>Luodaanko %n maksumuistutusta #%1? Muistutusmaksut %2 kirjataan.</numerusform>
            </translation>
        </message>
        <message>
            <source>The reminders ask %1 in all: open invoices %2, reminder fees and interest %3.</source>
            <translation>Muistutuksilla pyydetään maksamaan yhteensä %1: avoimet laskut %2, muistutusmaksut ja korot %3.</translation>
        </message>
        <message>
            <source>Creating payment reminders #%1…</source>
            <translation>Luodaan maksumuistutuksia #%1…</translation>
        </message>
        <message numerus="yes">
            <source>%n payment reminder(s) created</source>
            <translation>
                <numerusform>%n maksumuistutus luotu</numerusform>
                <numerusform>%n maksumuistutusta luotu</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment reminder #%1: reminder fees %2 and late-payment interest %3 were posted.</source>
            <translation>Maksumuistutus #%1: muistutusmaksut %2 ja viivästyskorot %3 kirjattiin.</translation>
        </message>
        <message>
            <source>Send them from the Sending tab, each on its customer's channel.</source>
            <translation>Lähetä ne Lähetys-välilehdeltä, kukin asiakkaan omalla lähetyskanavalla.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected invoices got no reminder:</source>
            <translation>
                <numerusform>Maksumuistutusta ei luotu %n valitulle laskulle:</numerusform>
                <numerusform>Maksumuistutusta ei luotu %n valitulle laskulle:</numerusform>
            </translation>
        </message>
        <message>
            <source>Invoice %1 (customer %2): %3</source>
            <translation>Lasku %1 (asiakas %2): %3</translation>
        </message>
        <message>
            <source>Cancelled: no payment reminders were created.</source>
            <translation>Keskeytetty: maksumuistutuksia ei luotu.</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) are unpaid after reminder #2: open %1, reminder fees open %2.</source>
            <translation>
                <numerusform>%n lasku on maksamatta maksumuistutuksen #2 jälkeen: avoinna %1, muistutusmaksuja avoinna %2.</numerusform>
                <numerusform>%n laskua on maksamatta maksumuistutuksen #2 jälkeen: avoinna %1, muistutusmaksuja avoinna %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Transfer %n invoice(s) to collection? Open %1 and reminder fees %2 go to the collection agency.</source>
            <translation>
                <numerusform>Siirretäänkö %n lasku perintään? Avoin summa %1 ja muistutusmaksut %2 siirtyvät perintätoimistolle.</numerusform>
                <numerusform>Siirretäänkö %n laskua perintään? Avoin summa %1 ja muistutusmaksut %2 siirtyvät perintätoimistolle.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) transferred to collection.</source>
            <translation>
                <numerusform>%n lasku siirrettiin perintään.</numerusform>
                <numerusform>%n laskua siirrettiin perintään.</numerusform>
            </translation>
        </message>
        <message>
            <source>They stay in the list for the export to the collection agency.</source>
            <translation>Ne jäävät luetteloon perintätoimistolle vientiä varten.</translation>
        </message>
        <message>
            <source>Export for the collection agency</source>
            <translation>Vie perintätoimistolle</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
            <translation>Excel-työkirja (*.xlsx);;CSV taulukkolaskentaan (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) written to %1.</source>
            <translation>
                <numerusform>%n lasku tallennettiin tiedostoon %1.</numerusform>
                <numerusform>%n laskua tallennettiin tiedostoon %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The database was upgraded; the old version was backed up to %1.</source>
            <translation>Tietokanta päivitettiin; vanhasta versiosta otettiin varmuuskopio tiedostoon %1.</translation>
        </message>
        <message>
            <source>Reskontra</source>
            <translation>Reskontra</translation>
        </message>
        <message>
            <source>Reskontra (demo database)</source>
            <translation>Reskontra (harjoitustietokanta)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Kieli</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <source>&amp;About Reskontra</source>
            <translation>&amp;Tietoja Reskontrasta</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Käsitellään…</translation>
        </message>
        <message>
            <source>demo database</source>
            <translation>harjoitustietokanta</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Tietokanta: %1</translation>
        </message>
        <message>
            <source>User: %1 (%2)</source>
            <translation>Käyttäjä: %1 (%2)</translation>
        </message>
        <message>
            <source>Business date: %1</source>
            <translation>Käsittelypäivä: %1</translation>
        </message>
        <message>
            <source>Kept open</source>
            <translation>Pidetään auki</translation>
        </message>
        <message>
            <source>At most %1 tabs can be kept open; close one first.</source>
            <translation>Auki voi pitää enintään %1 välilehteä; sulje ensin jokin.</translation>
        </message>
        <message>
            <source>Let the next one open here</source>
            <translation>Avaa seuraava tähän</translation>
        </message>
        <message>
            <source>Keep this tab open</source>
            <translation>Pidä tämä välilehti auki</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Reskontra %1&lt;/h3&gt;&lt;p&gt;Accounts receivable for subscription businesses: billing, invoices, payments, reminders and refunds.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Reskontra %1&lt;/h3&gt;&lt;p&gt;Myyntireskontra tilausliiketoimintaan: laskutus, laskut, maksut, maksumuistutukset ja palautukset.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Reskontra</source>
            <translation>Tietoja Reskontrasta</translation>
        </message>
    </context>
    <context>
        <name>ManualPaymentDialog</name>
        <message>
            <source>Enter payment</source>
            <translation>Syötä maksu</translation>
        </message>
        <message>
            <source>only when there is no reference</source>
            <translation>vain, jos viitettä ei ole</translation>
        </message>
        <message>
            <source>Amount (€):</source>
            <translation>Summa (€):</translation>
        </message>
        <message>
            <source>Reference number:</source>
            <translation>Viitenumero:</translation>
        </message>
        <message>
            <source>Booking date:</source>
            <translation>Kirjauspäivä:</translation>
        </message>
        <message>
            <source>Payer:</source>
            <translation>Maksaja:</translation>
        </message>
        <message>
            <source>Customer number:</source>
            <translation>Asiakasnumero:</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Viesti:</translation>
        </message>
        <message>
            <source>Record payment</source>
            <translation>Kirjaa maksu</translation>
        </message>
        <message>
            <source>Type the amount, e.g. 49,90.</source>
            <translation type="vanished">Kirjoita summa, esim. 49,90.</translation>
        </message>
        <message>
            <source>The customer number is digits only.</source>
            <translation>Asiakasnumerossa on vain numeroita.</translation>
        </message>
        <message>
            <source>Record a payment of %1 with reference %2?</source>
            <translation>Kirjataanko maksu %1 viitteellä %2?</translation>
        </message>
        <message>
            <source>It paid invoice %1.</source>
            <translation>Maksu kohdistettiin laskulle %1.</translation>
        </message>
        <message>
            <source>It paid part of invoice %1.</source>
            <translation>Maksu kohdistettiin osasuorituksena laskulle %1.</translation>
        </message>
        <message>
            <source>It paid invoice %1; the rest waits under Needs handling.</source>
            <translation>Maksu kohdistettiin laskulle %1; loput odottaa kohdassa Vaatii käsittelyä.</translation>
        </message>
        <message>
            <source>It matched no invoice and waits under Needs handling.</source>
            <translation>Maksu ei kohdistunut millekään laskulle, ja se odottaa kohdassa Vaatii käsittelyä.</translation>
        </message>
        <message>
            <source>Payment recorded.</source>
            <translation>Maksu kirjattu.</translation>
        </message>
    </context>
    <context>
        <name>NotEligibleModel</name>
        <message>
            <source>Invoice</source>
            <translation>Lasku</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Asiakastyyppi</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Eräpäivä</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Päivää myöhässä</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoinna</translation>
        </message>
        <message>
            <source>Reminder #1</source>
            <translation>Maksumuistutus #1</translation>
        </message>
        <message>
            <source>Why not eligible</source>
            <translation>Syy</translation>
        </message>
    </context>
    <context>
        <name>OrderChangeDialog</name>
        <message>
            <source>Change the price of order %1</source>
            <translation>Muuta tilauksen %1 hintaa</translation>
        </message>
        <message numerus="yes">
            <source>Now %1 per period (VAT 0%), list price %2. The new price goes to the order and to its %n pending billing request(s); invoices already made keep their price.</source>
            <translation>
                <numerusform>Nyt %1 jaksolta (alv 0 %), listahinta %2. Uusi hinta tulee tilaukselle ja sen %n odottavalle laskutuspyynnölle; jo tehdyt laskut pitävät hintansa.</numerusform>
                <numerusform>Nyt %1 jaksolta (alv 0 %), listahinta %2. Uusi hinta tulee tilaukselle ja sen %n odottavalle laskutuspyynnölle; jo tehdyt laskut pitävät hintansa.</numerusform>
            </translation>
        </message>
        <message>
            <source>New price per period (VAT 0%):</source>
            <translation>Uusi hinta jaksolta (alv 0 %):</translation>
        </message>
        <message>
            <source>euros and cents</source>
            <translation>euroina ja sentteinä</translation>
        </message>
        <message>
            <source>Change the price</source>
            <translation>Muuta hinta</translation>
        </message>
        <message>
            <source>Billing requests of order %1</source>
            <translation>Tilauksen %1 laskutuspyynnöt</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 is no longer active (%2), but %n billing request(s) of it still wait in the Billing tab, where they can never be billed. Taking them off the list clears their error.</source>
            <translation>
                <numerusform>Tilaus %1 ei ole enää voimassa (%2), mutta sen %n laskutuspyyntö odottaa yhä Laskutus-välilehdellä, eikä sitä voi koskaan laskuttaa. Kun se poistetaan listalta, virhe poistuu.</numerusform>
                <numerusform>Tilaus %1 ei ole enää voimassa (%2), mutta sen %n laskutuspyyntöä odottaa yhä Laskutus-välilehdellä, eikä niitä voi koskaan laskuttaa. Kun ne poistetaan listalta, virhe poistuu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take them off the list</source>
            <translation>Poista listalta</translation>
        </message>
        <message>
            <source>Cancel order %1</source>
            <translation>Peru tilaus %1</translation>
        </message>
        <message numerus="yes">
            <source>Order %1 (%2) has not been billed. Cancelling it takes its %n pending billing request(s) off the list; it will not be billed.</source>
            <translation>
                <numerusform>Tilausta %1 (%2) ei ole laskutettu. Peruminen poistaa sen %n odottavan laskutuspyynnön listalta; tilausta ei laskuteta.</numerusform>
                <numerusform>Tilausta %1 (%2) ei ole laskutettu. Peruminen poistaa sen %n odottavaa laskutuspyyntöä listalta; tilausta ei laskuteta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>Peru tilaus</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log):</source>
            <translation>Syy (tallentuu muutoslokiin):</translation>
        </message>
        <message>
            <source>why the change is made</source>
            <translation>miksi muutos tehdään</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sulje</translation>
        </message>
        <message>
            <source>Change the price of order %1 from %2 to %3 per period (VAT 0%)?</source>
            <translation>Muutetaanko tilauksen %1 hinta %2 → %3 jaksolta (alv 0 %)?</translation>
        </message>
        <message numerus="yes">
            <source>Take the %n billing request(s) of order %1 off the list?</source>
            <translation>
                <numerusform>Poistetaanko tilauksen %1 %n laskutuspyyntö listalta?</numerusform>
                <numerusform>Poistetaanko tilauksen %1 %n laskutuspyyntöä listalta?</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel order %1? It will not be billed.</source>
            <translation>Perutaanko tilaus %1? Sitä ei laskuteta.</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPage</name>
        <message>
            <source>Order</source>
            <translation>Tilaus</translation>
        </message>
        <message>
            <source>Order %1</source>
            <translation>Tilaus %1</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Tilausnumero</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Tuote</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Jakso</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Laskutus</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Määrä</translation>
        </message>
        <message>
            <source>Price per period (VAT 0%)</source>
            <translation>Hinta jaksolta (alv 0 %)</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Alv</translation>
        </message>
        <message>
            <source>Total incl. VAT</source>
            <translation>Yhteensä sis. alv</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Maksaja</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Saaja</translation>
        </message>
        <message>
            <source>Sales channel</source>
            <translation>Myyntikanava</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Maksutapa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>Allowed actions in this state</source>
            <translation>Tässä tilassa sallitut toiminnot</translation>
        </message>
        <message>
            <source>Invoices of this order and their payment state</source>
            <translation>Tilauksen laskut ja niiden maksutilanne</translation>
        </message>
        <message>
            <source>The billing requests of order %1 were taken off the list.</source>
            <translation>Tilauksen %1 laskutuspyynnöt poistettiin listalta.</translation>
        </message>
        <message>
            <source>Order %1 was cancelled.</source>
            <translation>Tilaus %1 peruttiin.</translation>
        </message>
        <message>
            <source>The price of order %1 is now %2.</source>
            <translation>Tilauksen %1 hinta on nyt %2.</translation>
        </message>
        <message>
            <source>Loading the order…</source>
            <translation>Ladataan tilausta…</translation>
        </message>
        <message>
            <source>Order %1: %2</source>
            <translation>Tilaus %1: %2</translation>
        </message>
        <message>
            <source>until cancelled</source>
            <translation>toistaiseksi</translation>
        </message>
        <message>
            <source>(cut off %1)</source>
            <translation>(katkaistu %1)</translation>
        </message>
        <message>
            <source>None: nothing can be done to an order in this state.</source>
            <translation>Ei mitään: tässä tilassa olevalle tilaukselle ei voi tehdä toimenpiteitä.</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Date</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Määrä</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Viite</translation>
        </message>
        <message>
            <source>Payer</source>
            <translation>Maksaja</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Lähde</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <source>Unallocated</source>
            <translation>Kohdistamatta</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Kirjattu</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Kohdistamatta</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Invoices paid</source>
            <translation>Maksetut laskut</translation>
        </message>
        <message>
            <source>Why it needs handling</source>
            <translation>Käsittelyn syy</translation>
        </message>
        <message>
            <source>Payment no.</source>
            <translation>Maksun nro</translation>
        </message>
    </context>
    <context>
        <name>PaymentsPage</name>
        <message>
            <source>Payments</source>
            <translation>Suoritukset</translation>
        </message>
        <message>
            <source>Payments and credit balance</source>
            <translation>Suoritukset ja saldot</translation>
        </message>
        <message>
            <source>Import bank file…</source>
            <translation>Tuo pankkitiedosto…</translation>
        </message>
        <message>
            <source>The bank's reference payments (ISO 20022 camt.054)</source>
            <translation>Pankin viitesuoritukset (ISO 20022 camt.054)</translation>
        </message>
        <message>
            <source>Enter payment…</source>
            <translation>Syötä maksu…</translation>
        </message>
        <message>
            <source>Practice bank file</source>
            <translation>Harjoituspankkitiedosto</translation>
        </message>
        <message>
            <source>Demo: make a bank file that pays some open invoices, and import it</source>
            <translation>Harjoitus: luo pankkitiedosto, joka maksaa osan avoimista laskuista, ja tuo se</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>Needs handling</source>
            <translation>Vaatii käsittelyä</translation>
        </message>
        <message>
            <source>Latest import</source>
            <translation>Viimeisin tuonti</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Viimeiset 90 päivää</translation>
        </message>
        <message>
            <source>To credit balance</source>
            <translation>Siirrä saldoksi</translation>
        </message>
        <message>
            <source>The waiting money becomes the customer's credit balance, which pays the next invoices</source>
            <translation>Odottava raha siirtyy asiakkaan saldoksi, jolla maksetaan seuraavat laskut</translation>
        </message>
        <message>
            <source>Allocate…</source>
            <translation>Kohdista…</translation>
        </message>
        <message>
            <source>Refund…</source>
            <translation>Palauta…</translation>
        </message>
        <message>
            <source>A refund invoice for the refund report; finance pays the money back</source>
            <translation>Palautuslasku palautusraportille; taloushallinto maksaa rahat takaisin</translation>
        </message>
        <message>
            <source>Undo settlement…</source>
            <translation>Peru kohdistus…</translation>
        </message>
        <message>
            <source>Accept as payment</source>
            <translation>Hyväksy maksuksi</translation>
        </message>
        <message>
            <source>The payment held as possibly imported already is a payment of its own: book it and match it to its invoice</source>
            <translation>Mahdollisesti jo tuotuna pidätetty maksu on oma maksunsa: kirjaa se ja kohdista se laskulleen</translation>
        </message>
        <message>
            <source>Discard as duplicate</source>
            <translation>Hylkää kaksoiskappaleena</translation>
        </message>
        <message>
            <source>The payment held as possibly imported already was imported before: keep it discarded, never booked</source>
            <translation>Mahdollisesti jo tuotuna pidätetty maksu on tuotu aiemmin: se jää hylätyksi eikä sitä kirjata koskaan</translation>
        </message>
        <message>
            <source>Apply return…</source>
            <translation>Kohdista palautus…</translation>
        </message>
        <message>
            <source>Choose the payment the bank's return takes back</source>
            <translation>Valitse maksu, jonka pankin palautus peruu</translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) wait for handling: %1 in all. Turn them into credit balance, allocate or refund them.</source>
            <translation>
                <numerusform>%n maksu odottaa käsittelyä: yhteensä %1. Siirrä se saldoksi, kohdista tai palauta se.</numerusform>
                <numerusform>%n maksua odottaa käsittelyä: yhteensä %1. Siirrä ne saldoksi, kohdista tai palauta ne.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) are held with nothing booked: accept or discard them, or apply the return.</source>
            <translation>
                <numerusform>%n maksu on pidätetty eikä siitä ole kirjattu mitään: hyväksy tai hylkää se, tai kohdista palautus.</numerusform>
                <numerusform>%n maksua on pidätetty eikä niistä ole kirjattu mitään: hyväksy tai hylkää ne, tai kohdista palautus.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 selected; %2 waiting (%3).</source>
            <translation>%1 valittu; %2 odottaa käsittelyä (%3).</translation>
        </message>
        <message>
            <source>Import bank file</source>
            <translation>Tuo pankkitiedosto</translation>
        </message>
        <message>
            <source>Bank files (*.xml *.XML);;All files (*)</source>
            <translation>Pankkitiedostot (*.xml *.XML);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Tiedostoa %1 ei voi lukea: %2</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Tuodaan tiedostoa %1…</translation>
        </message>
        <message numerus="yes">
            <source>%1 was already imported (%2): its %n payment(s) were skipped; nothing was imported.</source>
            <translation>
                <numerusform>Tiedosto %1 on jo tuotu (%2): sen %n maksu ohitettiin; mitään ei tuotu.</numerusform>
                <numerusform>Tiedosto %1 on jo tuotu (%2): sen %n maksua ohitettiin; mitään ei tuotu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) imported</source>
            <translation>
                <numerusform>%n maksu tuotu</numerusform>
                <numerusform>%n maksua tuotu</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 matched, %2 partial, %3 overpaid, %4 unmatched.</source>
            <translation>kohdistettu %1, osasuorituksia %2, ylisuorituksia %3, kohdistamattomia %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n bank reversal(s) took payments back.</source>
            <translation>
                <numerusform>Pankki peruutti %n aiemmin tuodun maksun.</numerusform>
                <numerusform>Pankki peruutti %n aiemmin tuotua maksua.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) were imported earlier and skipped.</source>
            <translation>
                <numerusform>%n maksu oli tuotu jo aiemmin, ja se ohitettiin.</numerusform>
                <numerusform>%n maksua oli tuotu jo aiemmin, ja ne ohitettiin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) were possibly imported already: held under Needs handling, nothing booked.</source>
            <translation>
                <numerusform>%n maksu on mahdollisesti tuotu jo aiemmin: se odottaa kohdassa Vaatii käsittelyä, mitään ei kirjattu.</numerusform>
                <numerusform>%n maksua on mahdollisesti tuotu jo aiemmin: ne odottavat kohdassa Vaatii käsittelyä, mitään ei kirjattu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bank return(s) do not say which payment they take back: they wait under Needs handling.</source>
            <translation>
                <numerusform>%n pankin palautus ei kerro, minkä maksun se peruu: se odottaa kohdassa Vaatii käsittelyä.</numerusform>
                <numerusform>%n pankin palautusta ei kerro, minkä maksun ne peruvat: ne odottavat kohdassa Vaatii käsittelyä.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) need handling.</source>
            <translation>
                <numerusform>%n maksu vaatii käsittelyä.</numerusform>
                <numerusform>%n maksua vaatii käsittelyä.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>Ei tuotu: %1</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Tuonti keskeytettiin; mitään ei tuotu.</translation>
        </message>
        <message>
            <source>The payment matches no customer. Customer number:</source>
            <translation>Maksua ei voi yhdistää asiakkaaseen. Asiakasnumero:</translation>
        </message>
        <message>
            <source>Some of the selected payments match no customer. Handle those one at a time.</source>
            <translation>Osaa valituista maksuista ei voi yhdistää asiakkaaseen. Käsittele ne yksi kerrallaan.</translation>
        </message>
        <message numerus="yes">
            <source>Turn %1 of %n payment(s) into credit balance? The balance pays the customer's next invoices.</source>
            <translation>
                <numerusform>Siirretäänkö %1 (%n maksu) saldoksi? Saldolla maksetaan asiakkaan seuraavat laskut.</numerusform>
                <numerusform>Siirretäänkö %1 (%n maksua) saldoksi? Saldolla maksetaan asiakkaan seuraavat laskut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n payment(s) turned into credit balance.</source>
            <translation>
                <numerusform>%1 (%n maksu) siirrettiin saldoksi.</numerusform>
                <numerusform>%1 (%n maksua) siirrettiin saldoksi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Palautus</translation>
        </message>
        <message>
            <source>Refund %1 to the customer? A refund invoice is made and waits on the refund report until finance has paid it back.</source>
            <translation>Palautetaanko %1 asiakkaalle? Palautuslasku luodaan, ja se odottaa palautusraportilla, kunnes taloushallinto on maksanut rahat takaisin.</translation>
        </message>
        <message>
            <source>Refund invoice %1 created.</source>
            <translation>Palautuslasku %1 luotu.</translation>
        </message>
        <message>
            <source>invoice %1 (%2)</source>
            <translation>lasku %1 (%2)</translation>
        </message>
        <message>
            <source>Undo what this payment paid: %1? The invoices open again and the money waits under Needs handling.</source>
            <translation>Perutaanko tämän maksun kohdistukset: %1? Laskut avautuvat uudelleen, ja raha odottaa kohdassa Vaatii käsittelyä.</translation>
        </message>
        <message numerus="yes">
            <source>%n settlement(s) undone.</source>
            <translation>
                <numerusform>%n kohdistus peruttu.</numerusform>
                <numerusform>%n kohdistusta peruttu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Book %n payment(s) held as possibly imported already (%1 in all)? Each is then a payment of its own and pays its invoice.</source>
            <translation>
                <numerusform>Kirjataanko %n mahdollisesti jo tuotuna pidätetty maksu (yhteensä %1)? Se on silloin oma maksunsa ja maksaa laskunsa.</numerusform>
                <numerusform>Kirjataanko %n mahdollisesti jo tuotuna pidätettyä maksua (yhteensä %1)? Kukin on silloin oma maksunsa ja maksaa laskunsa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) booked.</source>
            <translation>
                <numerusform>%n maksu kirjattu.</numerusform>
                <numerusform>%n maksua kirjattu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discard %n payment(s) as imported already (%1 in all)? Nothing of them is booked; they stay listed as discarded.</source>
            <translation>
                <numerusform>Hylätäänkö %n maksu jo tuotuna (yhteensä %1)? Siitä ei kirjata mitään; se jää luetteloon hylättynä.</numerusform>
                <numerusform>Hylätäänkö %n maksua jo tuotuina (yhteensä %1)? Niistä ei kirjata mitään; ne jäävät luetteloon hylättyinä.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n payment(s) discarded as duplicates.</source>
            <translation>
                <numerusform>%n maksu hylätty kaksoiskappaleena.</numerusform>
                <numerusform>%n maksua hylätty kaksoiskappaleina.</numerusform>
            </translation>
        </message>
        <message>
            <source>None of the payments this return may take back can be reversed any more. Settle it with the bank.</source>
            <translation>Mitään maksuista, jonka tämä palautus voi perua, ei voi enää peruuttaa. Selvitä asia pankin kanssa.</translation>
        </message>
        <message>
            <source>Payment %1: %2 on %3 from %4, reference %5, %6</source>
            <translation>Maksu %1: %2 %3, maksaja %4, viite %5, %6</translation>
        </message>
        <message>
            <source>Apply return</source>
            <translation>Kohdista palautus</translation>
        </message>
        <message>
            <source>Which payment does the bank's return of %1 take back?</source>
            <translation>Minkä maksun pankin %1 palautus peruu?</translation>
        </message>
        <message>
            <source>Reverse payment %1? What it paid opens again, as the bank took the money back.</source>
            <translation>Peruutetaanko maksu %1? Mitä se maksoi, avautuu uudelleen, koska pankki otti rahat takaisin.</translation>
        </message>
        <message>
            <source>Return applied: payment %1 reversed.</source>
            <translation>Palautus kohdistettu: maksu %1 peruutettu.</translation>
        </message>
    </context>
    <context>
        <name>PostingsModel</name>
        <message>
            <source>Date</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <source>Voucher</source>
            <translation>Tosite</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Tapahtuma</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Tili</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Debet</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Selite</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview — nothing is sent</source>
            <translation>Esikatselu – mitään ei lähetetä</translation>
        </message>
        <message>
            <source>PREVIEW: this is what would go out. Nothing has been sent or marked.</source>
            <translation>ESIKATSELU: tämä lähtisi asiakkaille. Mitään ei ole lähetetty eikä merkitty lähetetyksi.</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 documents; all %2 are sent when Preview is off.</source>
            <translation>Näytetään ensimmäiset %1/%2 asiakirjaa; kaikki %2 lähetetään, kun esikatselu on pois päältä.</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) would go out.</source>
            <translation>
                <numerusform>%n asiakirja lähtisi.</numerusform>
                <numerusform>%n asiakirjaa lähtisi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the PDF</source>
            <translation>Avaa PDF</translation>
        </message>
        <message>
            <source>Invoice %1 → %2</source>
            <translation>Lasku %1 → %2</translation>
        </message>
        <message>
            <source>To: %1</source>
            <translation>Vastaanottaja: %1</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Aihe: %1</translation>
        </message>
        <message>
            <source>[attachment: the invoice as PDF]</source>
            <translation>[liite: lasku PDF-tiedostona]</translation>
        </message>
        <message>
            <source>A printed letter to:
%1</source>
            <translation>Tulostettava kirje vastaanottajalle:
%1</translation>
        </message>
    </context>
    <context>
        <name>ReferenceRateDialog</name>
        <message>
            <source>Enter reference rate</source>
            <translation>Syötä viitekorko</translation>
        </message>
        <message>
            <source>The reference rate announced by the Bank of Finland for a half-year. Late-payment interest is the reference rate + 7 points for consumers and + 8 points between businesses.</source>
            <translation>Suomen Pankin puolivuotiskaudelle julkaisema viitekorko. Viivästyskorko on viitekorko + 7 prosenttiyksikköä kuluttajille ja + 8 prosenttiyksikköä yritysten välillä.</translation>
        </message>
        <message>
            <source>&amp;Half-year</source>
            <translation>&amp;Puolivuotiskausi</translation>
        </message>
        <message>
            <source>&amp;Reference rate, %</source>
            <translation>&amp;Viitekorko, %</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>esimerkiksi %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
    <context>
        <name>RowTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Kyllä</translation>
        </message>
    </context>
    <context>
        <name>SendingPage</name>
        <message>
            <source>Being sent</source>
            <translation>Lähetetään</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Lähetetty</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Epäonnistui</translation>
        </message>
        <message>
            <source>PDF only</source>
            <translation>Vain PDF</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Lähetys</translation>
        </message>
        <message>
            <source>EMAIL</source>
            <translation>SÄHKÖPOSTI</translation>
        </message>
        <message>
            <source>E-INVOICE</source>
            <translation>VERKKOLASKU</translation>
        </message>
        <message>
            <source>PAPER</source>
            <translation>PAPERI</translation>
        </message>
        <message>
            <source>Sending invoices and reminders</source>
            <translation>Laskujen ja muistutusten lähetys</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Lähetyskanava:</translation>
        </message>
        <message>
            <source>Billing run:</source>
            <translation>Laskutusajo:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Päivitä</translation>
        </message>
        <message>
            <source>Preview (sends nothing)</source>
            <translation>Esikatselu (ei lähetä mitään)</translation>
        </message>
        <message>
            <source>PREVIEW IS ON: pressing the button shows what would go out and sends nothing. Switch Preview off to send for real.</source>
            <translation>ESIKATSELU ON PÄÄLLÄ: painike näyttää, mitä lähtisi, eikä lähetä mitään. Lähetä oikeasti kytkemällä esikatselu pois päältä.</translation>
        </message>
        <message>
            <source>Make PDFs only…</source>
            <translation>Tee vain PDF-tiedostot…</translation>
        </message>
        <message>
            <source>Write the documents of the selection to a folder; nothing is marked sent</source>
            <translation>Tallenna valittujen asiakirjat kansioon; mitään ei merkitä lähetetyksi</translation>
        </message>
        <message>
            <source>Change channel</source>
            <translation>Vaihda lähetyskanava</translation>
        </message>
        <message>
            <source>Send the selected invoices on another channel (e.g. a rejected e-invoice as a letter)</source>
            <translation>Lähetä valitut laskut toista lähetyskanavaa pitkin (esim. hylätty verkkolasku paperilaskuna)</translation>
        </message>
        <message>
            <source>Resend</source>
            <translation>Lähetä uudelleen</translation>
        </message>
        <message>
            <source>Send the selected emails of delivery unknown again (the same Message-ID: a mail system drops a duplicate)</source>
            <translation>Lähetä valitut sähköpostit, joiden perillemeno on epävarma, uudelleen (sama Message-ID: sähköpostijärjestelmä poistaa kaksoiskappaleen)</translation>
        </message>
        <message>
            <source>Mark sent</source>
            <translation>Merkitse lähetetyksi</translation>
        </message>
        <message>
            <source>The selected emails of delivery unknown did reach the customer: mark them sent without sending again</source>
            <translation>Valitut epävarmat sähköpostit menivät asiakkaalle: merkitse ne lähetetyiksi lähettämättä uudelleen</translation>
        </message>
        <message>
            <source>Sending settings…</source>
            <translation>Lähetysasetukset…</translation>
        </message>
        <message>
            <source>Earlier sending batches:</source>
            <translation>Aiemmat lähetyserät:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Näytä</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) cannot be sent on this channel; the row says why.</source>
            <translation>
                <numerusform>%n lasku ei ole lähetettävissä tällä kanavalla; syy näkyy rivillä.</numerusform>
                <numerusform>%n laskua ei ole lähetettävissä tällä kanavalla; syy näkyy riveillä.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delivery unknown for %n email(s): the sending stopped while they were being sent. Check the sent mail, then select them and press Resend or Mark sent.</source>
            <translation>
                <numerusform>Perillemeno epävarma %n sähköpostille: lähetys keskeytyi sen ollessa kesken. Tarkista lähetetyt viestit, valitse se ja paina Lähetä uudelleen tai Merkitse lähetetyksi.</numerusform>
                <numerusform>Perillemeno epävarma %n sähköpostille: lähetys keskeytyi niiden ollessa kesken. Tarkista lähetetyt viestit, valitse ne ja paina Lähetä uudelleen tai Merkitse lähetetyksi.</numerusform>
            </translation>
        </message>
        <message>
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <source>PDFs only</source>
            <translation>Vain PDF-tiedostot</translation>
        </message>
        <message>
            <source>%1 (interrupted)</source>
            <translation>%1 (keskeytyi)</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 sent, %4 failed</source>
            <translation>%1 · %2 · %3 lähetetty, %4 epäonnistui</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>kanavalle %1</translation>
        </message>
        <message>
            <source>Send invoices by email</source>
            <translation>Lähetä laskut sähköpostilla</translation>
        </message>
        <message>
            <source>Send e-invoices</source>
            <translation>Lähetä verkkolaskut</translation>
        </message>
        <message>
            <source>Print invoices (paper batch)</source>
            <translation>Tulosta laskut (tulostuserä)</translation>
        </message>
        <message>
            <source>Preview: %1</source>
            <translation>Esikatselu: %1</translation>
        </message>
        <message>
            <source>%1 selected, %2 can be sent (%3).</source>
            <translation>%1 valittu, %2 lähetettävissä (%3).</translation>
        </message>
        <message numerus="yes">
            <source>Send %n invoice(s) on the channel %1 now?</source>
            <translation>
                <numerusform>Lähetetäänkö %n lasku nyt kanavalla %1?</numerusform>
                <numerusform>Lähetetäänkö %n laskua nyt kanavalla %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending by email needs the SMTP server, which is not set. Open the sending settings now?</source>
            <translation>Sähköpostilähetys tarvitsee SMTP-palvelimen, jota ei ole asetettu. Avataanko lähetysasetukset nyt?</translation>
        </message>
        <message>
            <source>Sending e-invoices needs the outbox folder, which is not set. Open the sending settings now?</source>
            <translation>Verkkolaskujen lähetys tarvitsee lähtevien kansion, jota ei ole asetettu. Avataanko lähetysasetukset nyt?</translation>
        </message>
        <message>
            <source>A print batch needs the print batch folder, which is not set. Open the sending settings now?</source>
            <translation>Tulostuserä tarvitsee tulostuskansion, jota ei ole asetettu. Avataanko lähetysasetukset nyt?</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>SMTP-salasana</translation>
        </message>
        <message>
            <source>This computer keeps no passwords. The SMTP password (kept until you close Reskontra):</source>
            <translation>Tämä tietokone ei säilytä salasanoja. SMTP-salasana (muistetaan, kunnes suljet Reskontran):</translation>
        </message>
        <message>
            <source>Writing the PDFs…</source>
            <translation>Tallennetaan PDF-tiedostoja…</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Lähetetään…</translation>
        </message>
        <message numerus="yes">
            <source>%n PDF(s) written; nothing was marked sent.</source>
            <translation>
                <numerusform>%n PDF-tiedosto tallennettiin; mitään ei merkitty lähetetyksi.</numerusform>
                <numerusform>%n PDF-tiedostoa tallennettiin; mitään ei merkitty lähetetyksi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) sent by email.</source>
            <translation>
                <numerusform>%n lasku lähetettiin sähköpostilla.</numerusform>
                <numerusform>%n laskua lähetettiin sähköpostilla.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n e-invoice(s) written to the outbox for the operator.</source>
            <translation>
                <numerusform>%n verkkolasku tallennettiin lähtevät-kansioon välittäjälle toimitettavaksi.</numerusform>
                <numerusform>%n verkkolaskua tallennettiin lähtevät-kansioon välittäjälle toimitettavaksi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) in the print batch.</source>
            <translation>
                <numerusform>Tulostuserässä on %n lasku.</numerusform>
                <numerusform>Tulostuserässä on %n laskua.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed and stay unsent:</source>
            <translation>
                <numerusform>%n laskun lähetys epäonnistui, ja se jää lähettämättä:</numerusform>
                <numerusform>%n laskun lähetys epäonnistui, ja ne jäävät lähettämättä:</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: the rest were not sent.</source>
            <translation>Keskeytetty: loppuja ei lähetetty.</translation>
        </message>
        <message>
            <source>Files in %1</source>
            <translation>Tiedostot kansiossa %1</translation>
        </message>
        <message numerus="yes">
            <source>Send %n email(s) of delivery unknown again? If the customer already has one, the mail system drops the duplicate.</source>
            <translation>
                <numerusform>Lähetetäänkö %n epävarma sähköposti uudelleen? Jos asiakas on jo saanut sen, sähköpostijärjestelmä poistaa kaksoiskappaleen.</numerusform>
                <numerusform>Lähetetäänkö %n epävarmaa sähköpostia uudelleen? Jos asiakas on jo saanut ne, sähköpostijärjestelmä poistaa kaksoiskappaleet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n email(s) sent without sending them again? Do this only when the sent mail shows they went out.</source>
            <translation>
                <numerusform>Merkitäänkö %n sähköposti lähetetyksi lähettämättä sitä uudelleen? Tee näin vain, jos lähetetyt viestit osoittavat sen lähteneen.</numerusform>
                <numerusform>Merkitäänkö %n sähköpostia lähetetyiksi lähettämättä niitä uudelleen? Tee näin vain, jos lähetetyt viestit osoittavat niiden lähteneen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n email(s) marked sent.</source>
            <translation>
                <numerusform>%n sähköposti merkitty lähetetyksi.</numerusform>
                <numerusform>%n sähköpostia merkitty lähetetyiksi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder for the PDFs</source>
            <translation>PDF-tiedostojen kansio</translation>
        </message>
        <message numerus="yes">
            <source>Move %n invoice(s) to the channel %1?</source>
            <translation>
                <numerusform>Siirretäänkö %n lasku kanavalle %1?</numerusform>
                <numerusform>Siirretäänkö %n laskua kanavalle %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) moved.</source>
            <translation>
                <numerusform>%n lasku siirrettiin.</numerusform>
                <numerusform>%n laskua siirrettiin.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending batch %1</source>
            <translation>Lähetyserä %1</translation>
        </message>
    </context>
    <context>
        <name>SendingSettingsDialog</name>
        <message>
            <source>Sending settings</source>
            <translation>Lähetysasetukset</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ei salausta</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <source>E-invoice outbox folder</source>
            <translation>Verkkolaskujen lähtevien kansio</translation>
        </message>
        <message>
            <source>Print batch folder</source>
            <translation>Tulostuserien kansio</translation>
        </message>
        <message>
            <source>Email (SMTP)</source>
            <translation>Sähköposti (SMTP)</translation>
        </message>
        <message>
            <source>SMTP server:</source>
            <translation>SMTP-palvelin:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Portti:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Suojaus:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Käyttäjä:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Salasana:</translation>
        </message>
        <message>
            <source>Sender address:</source>
            <translation>Lähettäjän osoite:</translation>
        </message>
        <message>
            <source>E-invoices and paper</source>
            <translation>Verkkolaskut ja paperi</translation>
        </message>
        <message>
            <source>E-invoice outbox folder:</source>
            <translation>Verkkolaskujen lähtevien kansio:</translation>
        </message>
        <message>
            <source>Print batch folder:</source>
            <translation>Tulostuserien kansio:</translation>
        </message>
        <message>
            <source>(stored in the keyring)</source>
            <translation>(tallennettu avainnippuun)</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(ei asetettu)</translation>
        </message>
        <message>
            <source>Only an accountant can change the settings shown read-only; ask one to set them.</source>
            <translation>Vain kirjanpitäjä voi muuttaa vain luku -tilassa näkyviä asetuksia; pyydä kirjanpitäjää asettamaan ne.</translation>
        </message>
    </context>
    <context>
        <name>SkippedRequestsModel</name>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Tilaus</translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>Ohituksen syy</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>VAT 0 %</source>
            <translation>Alv 0 %</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>Alv</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
    </context>
    <context>
        <name>UnsentModel</name>
        <message>
            <source>Number</source>
            <translation>Numero</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Laji</translation>
        </message>
        <message>
            <source>Customer number</source>
            <translation>Asiakasnumero</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Address on this channel</source>
            <translation>Osoite tällä kanavalla</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Eräpäivä</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>Maksettavaa</translation>
        </message>
        <message>
            <source>Batch id</source>
            <translation>Luontitunnus</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ongelma</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Virhe: %1</translation>
        </message>
        <message>
            <source>Last attempt failed: %1</source>
            <translation>Edellinen yritys epäonnistui: %1</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Reskontra</source>
            <translation type="vanished">Reskontra</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Käynnistetään…</translation>
        </message>
        <message>
            <source>Creating the demo database…</source>
            <translation>Luodaan harjoitustietokantaa…</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Avataan tietokantaa…</translation>
        </message>
        <message>
            <source>Reskontra: the database cannot be opened</source>
            <translation>Reskontra: tietokantaa ei voi avata</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Mitään ei muutettu.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Reskontra ran into an unexpected error. The action was not completed and nothing half-done was saved.</source>
            <translation>Reskontrassa tapahtui odottamaton virhe. Toimintoa ei suoritettu loppuun, eikä mitään keskeneräistä tallennettu.</translation>
        </message>
        <message>
            <source>The details were written to %1.</source>
            <translation>Yksityiskohdat kirjoitettiin tiedostoon %1.</translation>
        </message>
        <message>
            <source>Reskontra: unexpected error</source>
            <translation>Reskontra: odottamaton virhe</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jatka</translation>
        </message>
        <message>
            <source>Quit Reskontra</source>
            <translation>Lopeta Reskontra</translation>
        </message>
    </context>
    <context>
        <name>customer_fields</name>
        <message>
            <source>Customer type</source>
            <translation>Asiakastyyppi</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Etunimi</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>Yrityksen nimi</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Yhteyshenkilö</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Katuosoite</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postinumero</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Postitoimipaikka</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Maa</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <source>Billing channel</source>
            <translation>Laskutuskanava</translation>
        </message>
        <message>
            <source>E-invoice address</source>
            <translation>Verkkolaskuosoite</translation>
        </message>
        <message>
            <source>E-invoice operator</source>
            <translation>Verkkolaskuvälittäjä</translation>
        </message>
        <message>
            <source>Business ID</source>
            <translation>Y-tunnus</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>Payment term (days)</source>
            <translation>Maksuehto (päivää)</translation>
        </message>
        <message>
            <source>No reminders</source>
            <translation>Ei muistutuksia</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Tilaus</translation>
        </message>
        <message>
            <source>Price per period</source>
            <translation>Hinta jaksolta</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <source>Billing requests</source>
            <translation>Laskutuspyynnöt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tila</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>The document was saved to %1.</source>
            <translation>Asiakirja tallennettiin: %1.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong.</source>
            <translation>Jokin meni vikaan.</translation>
        </message>
        <message>
            <source>Please correct the highlighted fields.</source>
            <translation>Korjaa merkityt kentät.</translation>
        </message>
        <message>
            <source>{what} {key} was not found.</source>
            <translation>Ei löytynyt: {what} {key}.</translation>
        </message>
        <message>
            <source>Only an accountant may do this: {action}.</source>
            <translation>Vain kirjanpitäjä voi tehdä tämän: {action}.</translation>
        </message>
        <message>
            <source>Someone else changed this record at the same time. Reload it and try again.</source>
            <translation>Joku muu muutti näitä tietoja samaan aikaan. Lataa tiedot uudelleen ja yritä uudestaan.</translation>
        </message>
        <message>
            <source>The database address is not valid: {url}</source>
            <translation>Tietokannan osoite ei kelpaa: {url}</translation>
        </message>
        <message>
            <source>Cannot connect to the database server at {where}. Check that the server is running and the address is right. ({detail})</source>
            <translation>Tietokantapalvelimeen {where} ei saada yhteyttä. Tarkista, että palvelin on käynnissä ja osoite on oikein. ({detail})</translation>
        </message>
        <message>
            <source>The file {path} is not a Reskontra database or it is damaged. Nothing was changed. ({detail})</source>
            <translation>Tiedosto {path} ei ole Reskontran tietokanta tai se on vioittunut. Mitään ei muutettu. ({detail})</translation>
        </message>
        <message>
            <source>This database was made by a newer version of Reskontra (schema {revision}). Install the newer version; nothing was changed.</source>
            <translation>Tämä tietokanta on tehty Reskontran uudemmalla versiolla (skeema {revision}). Asenna uudempi versio; mitään ei muutettu.</translation>
        </message>
        <message>
            <source>The connection to the database was lost. Nothing was saved; try again. ({detail})</source>
            <translation>Yhteys tietokantaan katkesi. Mitään ei tallennettu; yritä uudelleen. ({detail})</translation>
        </message>
        <message>
            <source>The file {path} could not be written: {detail}</source>
            <translation>Tiedostoa {path} ei voitu kirjoittaa: {detail}</translation>
        </message>
        <message>
            <source>Choose a file name ending in .csv or .xlsx (not {path}).</source>
            <translation>Valitse tiedostonimi, jonka pääte on .csv tai .xlsx (ei {path}).</translation>
        </message>
        <message>
            <source>The voucher does not balance: debits and credits differ by {difference} cents.</source>
            <translation>Tosite ei täsmää: debet ja kredit eroavat {difference} senttiä.</translation>
        </message>
        <message>
            <source>A voucher needs at least two postings.</source>
            <translation>Tositteessa on oltava vähintään kaksi kirjausta.</translation>
        </message>
        <message>
            <source>The date {date} falls in a period that is {state}. Choose a date in an open period (next open: {next_open}).</source>
            <translation>Päivä {date} osuu kaudelle, jonka tila on {state}. Valitse päivä avoimelta kaudelta (seuraava avoin: {next_open}).</translation>
        </message>
        <message>
            <source>There is no accounting period for {date}. An accountant must create the fiscal year first.</source>
            <translation>Päivälle {date} ei ole kirjanpitokautta. Kirjanpitäjän on ensin luotava tilikausi.</translation>
        </message>
        <message>
            <source>Postings are locked up to {lock_date}; {date} is not allowed (next open: {next_open}).</source>
            <translation>Kirjaukset on lukittu {lock_date} asti; päivä {date} ei ole sallittu (seuraava avoin: {next_open}).</translation>
        </message>
        <message>
            <source>The fiscal year {year} has been closed; nothing can be posted into it.</source>
            <translation>Tilikausi {year} on suljettu; sille ei voi kirjata mitään.</translation>
        </message>
        <message>
            <source>The chart of accounts has no account for the role {role}.</source>
            <translation>Tilikartassa ei ole tiliä roolille {role}.</translation>
        </message>
        <message>
            <source>{reference} is not a valid reference number.</source>
            <translation>{reference} ei ole kelvollinen viitenumero.</translation>
        </message>
        <message>
            <source>The value {value!r} is not valid for {key}.</source>
            <translation>Arvo {value!r} ei kelpaa asetukselle {key}.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Asetus</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>se on kansio</translation>
        </message>
        <message>
            <source>not an SQLite file</source>
            <translation>ei ole SQLite-tiedosto</translation>
        </message>
        <message>
            <source>The due date {due_date} is before the invoice date {invoice_date}.</source>
            <translation>Eräpäivä {due_date} on ennen laskun päivämäärää {invoice_date}.</translation>
        </message>
        <message>
            <source>Choose the date up to which billing requests are billed.</source>
            <translation>Valitse päivä, johon asti laskutuspyynnöt laskutetaan.</translation>
        </message>
        <message>
            <source>No VAT payable account is set for the VAT rate {rate}.</source>
            <translation>Alv-kannalle {rate} ei ole määritetty myynnin alv -tiliä.</translation>
        </message>
        <message>
            <source>The billing request is not yet due</source>
            <translation>Laskutuspyyntö ei ole vielä laskutettavissa</translation>
        </message>
        <message>
            <source>The billing request belongs to the other billing run (subscriptions or advertisements)</source>
            <translation>Laskutuspyyntö kuuluu toiseen laskutusajoon (kestotilaukset tai ilmoitukset)</translation>
        </message>
        <message>
            <source>Another billing run billed this request at the same time</source>
            <translation>Toinen laskutusajo laskutti tämän pyynnön samaan aikaan</translation>
        </message>
        <message>
            <source>Billing run</source>
            <translation>Laskutusajo</translation>
        </message>
        <message>
            <source>Missing address for the paper channel</source>
            <translation>Paperilaskutuksen osoite puuttuu</translation>
        </message>
        <message>
            <source>Missing email address for the email channel</source>
            <translation>Sähköpostilaskutuksen sähköpostiosoite puuttuu</translation>
        </message>
        <message>
            <source>Missing e-invoice address or operator</source>
            <translation>Verkkolaskuosoite tai välittäjä puuttuu</translation>
        </message>
        <message>
            <source>The order is cancelled</source>
            <translation>Tilaus on peruttu</translation>
        </message>
        <message>
            <source>The order has been cut off</source>
            <translation>Tilaus on katkaistu</translation>
        </message>
        <message>
            <source>The order has ended</source>
            <translation>Tilaus on päättynyt</translation>
        </message>
        <message>
            <source>The order has been refunded</source>
            <translation>Tilaus on palautettu</translation>
        </message>
        <message>
            <source>Zero or negative price</source>
            <translation>Hinta on nolla tai negatiivinen</translation>
        </message>
        <message>
            <source>Zero or negative quantity</source>
            <translation>Määrä on nolla tai negatiivinen</translation>
        </message>
        <message>
            <source>Missing customer name</source>
            <translation>Asiakkaan nimi puuttuu</translation>
        </message>
        <message>
            <source>No VAT rate in force for the period</source>
            <translation>Jaksolle ei ole voimassa olevaa alv-kantaa</translation>
        </message>
        <message>
            <source>The billing request has already been billed</source>
            <translation>Laskutuspyyntö on jo laskutettu</translation>
        </message>
        <message>
            <source>The billing request is cancelled</source>
            <translation>Laskutuspyyntö on peruttu</translation>
        </message>
        <message>
            <source>A posted voucher cannot be changed; post a reversal instead.</source>
            <translation>Kirjattua tositetta ei voi muuttaa; tee sen sijaan peruutuskirjaus.</translation>
        </message>
        <message>
            <source>Account id {account_id} does not exist or is not active; nothing can be posted on it.</source>
            <translation>Tiliä, jonka tunniste on {account_id}, ei ole olemassa tai se ei ole käytössä; sille ei voi kirjata mitään.</translation>
        </message>
        <message>
            <source>The fiscal year {year} has already been closed; its periods cannot change.</source>
            <translation>Tilikausi {year} on jo suljettu; sen kirjanpitokausia ei voi muuttaa.</translation>
        </message>
        <message>
            <source>The fiscal year {year} ends on {end_date}; it can be closed only after that day.</source>
            <translation>Tilikausi {year} päättyy {end_date}; sen voi sulkea vasta tämän päivän jälkeen.</translation>
        </message>
        <message>
            <source>Close the fiscal year {earlier} first: years are closed in order.</source>
            <translation>Sulje ensin tilikausi {earlier}: tilikaudet suljetaan järjestyksessä.</translation>
        </message>
        <message>
            <source>The fiscal year {year} already exists.</source>
            <translation>Tilikausi {year} on jo olemassa.</translation>
        </message>
        <message>
            <source>{value} is not a valid year (1900–2999).</source>
            <translation>{value} ei ole kelvollinen vuosi (1900–2999).</translation>
        </message>
        <message>
            <source>{value} is not a period; write it as YYYY-MM, e.g. 2026-03.</source>
            <translation>{value} ei ole kausi; kirjoita se muodossa VVVV-KK, esim. 2026-03.</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Tilikausi</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kirjanpitokausi</translation>
        </message>
        <message>
            <source>{iban} is not a valid IBAN.</source>
            <translation>{iban} ei ole kelvollinen IBAN-tilinumero.</translation>
        </message>
        <message>
            <source>The bank bar code can only be made for a Finnish (FI) account; {iban} is not one.</source>
            <translation>Pankkiviivakoodin voi muodostaa vain suomalaiselle (FI) tilille; {iban} ei ole sellainen.</translation>
        </message>
        <message>
            <source>The reference {reference} contains letters and cannot be put in the bank bar code.</source>
            <translation>Viitteessä {reference} on kirjaimia, joten sitä ei voi lisätä pankkiviivakoodiin.</translation>
        </message>
        <message>
            <source>The bank bar code cannot carry a negative amount ({amount}).</source>
            <translation>Pankkiviivakoodissa ei voi olla negatiivista summaa ({amount}).</translation>
        </message>
        <message>
            <source>Billing request {request_id} has already been billed or cancelled; it cannot be changed.</source>
            <translation>Laskutuspyyntö {request_id} on jo laskutettu tai peruttu; sitä ei voi muuttaa.</translation>
        </message>
        <message>
            <source>The quantity must be a whole number of at least 1.</source>
            <translation>Määrän on oltava kokonaisluku, vähintään 1.</translation>
        </message>
        <message>
            <source>The price must be zero or more, in euros and cents.</source>
            <translation>Hinnan on oltava nolla tai enemmän, euroina ja sentteinä.</translation>
        </message>
        <message>
            <source>Billing request</source>
            <translation>Laskutuspyyntö</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Asiakas</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Tilaus</translation>
        </message>
        <message>
            <source>The database already has {customers} customers. Demo data is only added to an empty database, so it can never mix with real books.</source>
            <translation>Tietokannassa on jo {customers} asiakasta. Harjoitusaineisto lisätään vain tyhjään tietokantaan, jotta se ei koskaan sekoitu oikeaan kirjanpitoon.</translation>
        </message>
        <message>
            <source>The number of demo customers must be a whole number from 1 to {maximum}.</source>
            <translation>Harjoitusasiakkaiden määrän on oltava kokonaisluku väliltä 1–{maximum}.</translation>
        </message>
        <message>
            <source>No VAT rate in force for {vat_class} on {date}.</source>
            <translation>Alv-luokalle {vat_class} ei ole voimassa olevaa alv-kantaa päivänä {date}.</translation>
        </message>
        <message>
            <source>The EPC QR code field {part} may be at most {limit} characters; it has {length}.</source>
            <translation>EPC-QR-koodin kentässä {part} saa olla enintään {limit} merkkiä; siinä on {length}.</translation>
        </message>
        <message>
            <source>The EPC QR code field {part} is not valid: {value}</source>
            <translation>EPC-QR-koodin kenttä {part} ei kelpaa: {value}</translation>
        </message>
        <message>
            <source>The EPC QR code amount must be between 0.01 and 999999999.99 euros, not {amount}.</source>
            <translation>EPC-QR-koodin summan on oltava 0,01–999 999 999,99 euroa, ei {amount}.</translation>
        </message>
        <message>
            <source>An EPC QR code carries either a structured reference or a remittance text, not both.</source>
            <translation>EPC-QR-koodissa voi olla joko rakenteinen viite tai viesti, ei molempia.</translation>
        </message>
        <message>
            <source>The EPC QR code data is {size} bytes; at most 331 bytes fit.</source>
            <translation>EPC-QR-koodin sisältö on {size} tavua; siihen mahtuu enintään 331 tavua.</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>summa</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versio</translation>
        </message>
        <message>
            <source>character set</source>
            <translation>merkistö</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nimi</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>käyttötarkoitus</translation>
        </message>
        <message>
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <source>Unknown invoice status {status}; choose open, overdue or paid.</source>
            <translation>Tuntematon laskun tila {status}; valitse open, overdue tai paid.</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Lasku</translation>
        </message>
        <message>
            <source>Reminded invoice of reminder</source>
            <translation>Maksumuistutuksen alkuperäinen lasku</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Arvo ei kelpaa.</translation>
        </message>
        <message>
            <source>{value} is not a valid email address (expected a form like name@example.fi).</source>
            <translation>{value} ei ole kelvollinen sähköpostiosoite (muodon pitää olla esim. nimi@esimerkki.fi).</translation>
        </message>
        <message>
            <source>A Finnish postal code has five digits, e.g. 00100; {value} is not one.</source>
            <translation>Suomalaisessa postinumerossa on viisi numeroa, esim. 00100; {value} ei ole sellainen.</translation>
        </message>
        <message>
            <source>{value} is not a valid postal code.</source>
            <translation>{value} ei ole kelvollinen postinumero.</translation>
        </message>
        <message>
            <source>{value} is not a valid business ID (Y-tunnus): the form is 1234567-8 and the last digit must match.</source>
            <translation>{value} ei ole kelvollinen Y-tunnus: muoto on 1234567-8, ja viimeisen numeron (tarkistenumeron) on täsmättävä.</translation>
        </message>
        <message>
            <source>The IBAN {value} has wrong check digits; please check the account number.</source>
            <translation>IBAN-tilinumeron {value} tarkisteet ovat väärät; tarkista tilinumero.</translation>
        </message>
        <message>
            <source>{value} is not a valid IBAN (an international bank account number, e.g. FI21 1234 5600 0007 85).</source>
            <translation>{value} ei ole kelvollinen IBAN-tilinumero (kansainvälinen pankkitilinumero, esim. FI21 1234 5600 0007 85).</translation>
        </message>
        <message>
            <source>{value} is not a valid BIC (8 or 11 characters, e.g. NDEAFIHH).</source>
            <translation>{value} ei ole kelvollinen BIC-tunnus (8 tai 11 merkkiä, esim. NDEAFIHH).</translation>
        </message>
        <message>
            <source>A phone number has 7 to 15 digits (+, spaces and dashes allowed); {value} is not one.</source>
            <translation>Puhelinnumerossa on 7–15 numeroa (+, välilyönnit ja väliviivat sallitaan); {value} ei ole sellainen.</translation>
        </message>
        <message>
            <source>{value} is not a valid e-invoice address: use an OVT code (0037, the 8 digits of a valid business ID and an optional suffix of up to 5 characters) or an IBAN.</source>
            <translation>{value} ei ole kelvollinen verkkolaskuosoite: käytä OVT-tunnusta (0037, kelvollisen Y-tunnuksen 8 numeroa ja valinnainen enintään 5 merkin lisäosa) tai IBAN-tilinumeroa.</translation>
        </message>
        <message>
            <source>{value} is not a valid e-invoice operator code (an OVT code such as 003721291126 or a BIC such as NDEAFIHH).</source>
            <translation>{value} ei ole kelvollinen verkkolaskuvälittäjän tunnus (OVT-tunnus, kuten 003721291126, tai BIC-tunnus, kuten NDEAFIHH).</translation>
        </message>
        <message>
            <source>{value} is not a supported language; choose fi, sv or en.</source>
            <translation>{value} ei ole tuettu kieli; valitse fi, sv tai en.</translation>
        </message>
        <message>
            <source>{value} is not a billing channel; choose email, einvoice or paper.</source>
            <translation>{value} ei ole laskutuskanava; valitse email, einvoice tai paper.</translation>
        </message>
        <message>
            <source>{value} is not a customer type; choose person or company.</source>
            <translation>{value} ei ole asiakastyyppi; valitse person tai company.</translation>
        </message>
        <message>
            <source>{value} is not a country code; use two letters such as FI or SE.</source>
            <translation>{value} ei ole maatunnus; käytä kahta kirjainta, kuten FI tai SE.</translation>
        </message>
        <message>
            <source>The payment term must be a whole number of days from 0 to 365; {value} is not.</source>
            <translation>Maksuehdon on oltava kokonainen määrä päiviä väliltä 0–365; {value} ei kelpaa.</translation>
        </message>
        <message>
            <source>{value} is not yes or no.</source>
            <translation>{value} ei ole kyllä tai ei.</translation>
        </message>
        <message>
            <source>At most {max} characters are allowed here.</source>
            <translation>Tähän saa kirjoittaa enintään {max} merkkiä.</translation>
        </message>
        <message>
            <source>The email channel needs an email address.</source>
            <translation>Sähköpostilaskutusta varten tarvitaan sähköpostiosoite.</translation>
        </message>
        <message>
            <source>The e-invoice channel needs an e-invoice address.</source>
            <translation>Verkkolaskutusta varten tarvitaan verkkolaskuosoite.</translation>
        </message>
        <message>
            <source>The e-invoice channel needs an e-invoice operator.</source>
            <translation>Verkkolaskutusta varten tarvitaan verkkolaskuvälittäjä.</translation>
        </message>
        <message>
            <source>Paper invoices need the street address, postal code and city.</source>
            <translation>Paperilaskua varten tarvitaan katuosoite, postinumero ja postitoimipaikka.</translation>
        </message>
        <message>
            <source>A person needs a last name or a first name.</source>
            <translation>Henkilölle on annettava sukunimi tai etunimi.</translation>
        </message>
        <message>
            <source>A company needs a company name.</source>
            <translation>Yritykselle on annettava yrityksen nimi.</translation>
        </message>
        <message>
            <source>{value} is not a customer field that can be changed.</source>
            <translation>{value} ei ole muutettavissa oleva asiakastieto.</translation>
        </message>
        <message>
            <source>Customer {customer} has no e-invoice address, so no e-invoice can be made.</source>
            <translation>Asiakkaalla {customer} ei ole verkkolaskuosoitetta, joten verkkolaskua ei voi muodostaa.</translation>
        </message>
        <message>
            <source>The e-invoice setting {setting} must be 2 to {max_length} characters, not '{value}'.</source>
            <translation>Verkkolaskuasetuksen {setting} on oltava 2–{max_length} merkkiä pitkä, ei ”{value}”.</translation>
        </message>
        <message>
            <source>The company's bank account (IBAN) is not set; an e-invoice needs the account to pay to.</source>
            <translation>Yrityksen pankkitiliä (IBAN) ei ole asetettu; verkkolaskussa on oltava tili, jolle maksu suoritetaan.</translation>
        </message>
        <message>
            <source>Set the e-invoice outbox folder in the settings (einvoice.outbox_dir) first.</source>
            <translation>Määritä ensin asetuksiin verkkolaskujen lähtevät-kansio (einvoice.outbox_dir).</translation>
        </message>
        <message>
            <source>Set the print batch folder in the settings (paper.output_dir) first.</source>
            <translation>Määritä ensin asetuksiin tulostuserien kansio (paper.output_dir).</translation>
        </message>
        <message>
            <source>Set the SMTP server in the settings (smtp.host) first.</source>
            <translation>Määritä ensin asetuksiin SMTP-palvelin (smtp.host).</translation>
        </message>
        <message>
            <source>Cannot write to the folder {path}: {detail}. Nothing was sent.</source>
            <translation>Kansioon {path} ei voi kirjoittaa: {detail}. Mitään ei lähetetty.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring); set the SMTP password in the environment variable RESKONTRA_SMTP_PASSWORD instead.</source>
            <translation>Tässä tietokoneessa ei ole salasanavarastoa (keyring); anna SMTP-salasana sen sijaan ympäristömuuttujassa RESKONTRA_SMTP_PASSWORD.</translation>
        </message>
        <message>
            <source>Unknown sending channel {channel}; choose email, einvoice or paper.</source>
            <translation>Tuntematon lähetyskanava {channel}; valitse email, einvoice tai paper.</translation>
        </message>
        <message>
            <source>The customer has no email address</source>
            <translation>Asiakkaalla ei ole sähköpostiosoitetta</translation>
        </message>
        <message>
            <source>The customer has no e-invoice address or operator</source>
            <translation>Asiakkaalta puuttuu verkkolaskuosoite tai välittäjä</translation>
        </message>
        <message>
            <source>The customer has no postal address</source>
            <translation>Asiakkaalla ei ole postiosoitetta</translation>
        </message>
        <message>
            <source>Already sent</source>
            <translation>Jo lähetetty</translation>
        </message>
        <message>
            <source>Being sent from another desk at the same time</source>
            <translation>Lähetetään parhaillaan toiselta työasemalta</translation>
        </message>
        <message>
            <source>Cannot connect to the SMTP server {where}: {detail}</source>
            <translation>SMTP-palvelimeen {where} ei saada yhteyttä: {detail}</translation>
        </message>
        <message>
            <source>The SMTP server refused the message: {detail}</source>
            <translation>SMTP-palvelin hylkäsi viestin: {detail}</translation>
        </message>
        <message>
            <source>The SMTP server did not accept the login: {detail}</source>
            <translation>SMTP-palvelin ei hyväksynyt kirjautumista: {detail}</translation>
        </message>
        <message>
            <source>The SMTP server refused the address {address}: {detail}</source>
            <translation>SMTP-palvelin hylkäsi osoitteen {address}: {detail}</translation>
        </message>
        <message>
            <source>The invoice is {status} and is not sent</source>
            <translation>Laskun tila on {status}, joten sitä ei lähetetä</translation>
        </message>
        <message>
            <source>Set the SMTP user (smtp.user) before its password.</source>
            <translation>Määritä SMTP-käyttäjätunnus (smtp.user) ennen salasanaa.</translation>
        </message>
        <message>
            <source>Invoice {number} has not been sent as an e-invoice, so it cannot be marked rejected.</source>
            <translation>Laskua {number} ei ole lähetetty verkkolaskuna, joten sitä ei voi merkitä hylätyksi.</translation>
        </message>
        <message>
            <source>Invoice {number} has already been sent; it keeps its channel.</source>
            <translation>Lasku {number} on jo lähetetty; sen lähetyskanava säilyy ennallaan.</translation>
        </message>
        <message>
            <source>Sending batch</source>
            <translation>Lähetyserä</translation>
        </message>
        <message>
            <source>{file} cannot be imported as a bank file.</source>
            <translation>Tiedostoa {file} ei voi tuoda pankkitiedostona.</translation>
        </message>
        <message>
            <source>{file} is not an ISO 20022 camt.054 bank notification (it is {found}).</source>
            <translation>{file} ei ole ISO 20022 camt.054 -viitesiirtotiedosto (se on {found}).</translation>
        </message>
        <message>
            <source>{file} is not a valid bank file: {detail}</source>
            <translation>{file} ei ole kelvollinen pankkitiedosto: {detail}</translation>
        </message>
        <message>
            <source>Payment {bank_ref} is in {currency}; only euro payments can be imported.</source>
            <translation>Maksu {bank_ref} on valuutassa {currency}; vain euromääräisiä maksuja voi tuoda.</translation>
        </message>
        <message>
            <source>Entry {bank_ref} is a debit, not an incoming payment.</source>
            <translation>Tapahtuma {bank_ref} on veloitus, ei saapuva maksu.</translation>
        </message>
        <message>
            <source>Entry {bank_ref} reverses a debit (money returned to the account), not an incoming payment.</source>
            <translation>Tapahtuma {bank_ref} peruuttaa veloituksen (rahaa palautettiin tilille), se ei ole saapuva maksu.</translation>
        </message>
        <message>
            <source>Entry {bank_ref} is not booked yet (status {status}).</source>
            <translation>Tapahtumaa {bank_ref} ei ole vielä kirjattu (tila {status}).</translation>
        </message>
        <message>
            <source>Payment {bank_ref} has no amount of its own, and its entry holds several payments.</source>
            <translation>Maksulla {bank_ref} ei ole omaa summaa, ja sen tapahtumassa on useita maksuja.</translation>
        </message>
        <message>
            <source>Payment {bank_ref} has the amount {amount}; only amounts above zero can be imported.</source>
            <translation>Maksun {bank_ref} summa on {amount}; vain nollaa suurempia summia voi tuoda.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>tiedosto on tyhjä.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>PDF-asiakirja</translation>
        </message>
        <message>
            <source>not an XML file</source>
            <translation>muu kuin XML-tiedosto</translation>
        </message>
        <message>
            <source>it declares a document type (DTD).</source>
            <translation>siinä määritellään dokumenttityyppi (DTD).</translation>
        </message>
        <message>
            <source>The payment cannot be handled.</source>
            <translation>Maksua ei voi käsitellä.</translation>
        </message>
        <message>
            <source>Payment {payment} has nothing left to allocate.</source>
            <translation>Maksussa {payment} ei ole enää mitään kohdistettavaa.</translation>
        </message>
        <message>
            <source>Payment {payment} matches no customer. Choose the customer first.</source>
            <translation>Maksua {payment} ei voi yhdistää asiakkaaseen. Valitse ensin asiakas.</translation>
        </message>
        <message>
            <source>{amount} is more than the {open} still open on invoice {invoice}.</source>
            <translation>{amount} on enemmän kuin laskulla {invoice} on vielä avoinna ({open}).</translation>
        </message>
        <message>
            <source>The allocations add up to {amount}, but only {unallocated} of the payment is unallocated.</source>
            <translation>Kohdistukset ovat yhteensä {amount}, mutta maksusta on kohdistamatta vain {unallocated}.</translation>
        </message>
        <message>
            <source>An allocation must be more than zero (invoice {invoice}).</source>
            <translation>Kohdistuksen on oltava suurempi kuin nolla (lasku {invoice}).</translation>
        </message>
        <message>
            <source>Invoice {invoice} cannot take a payment: it is {state}.</source>
            <translation>Laskulle {invoice} ei voi kohdistaa maksua: sen tila on {state}.</translation>
        </message>
        <message>
            <source>Invoice {invoice} belongs to customer {invoice_customer}, not to customer {customer} of the payment.</source>
            <translation>Lasku {invoice} kuuluu asiakkaalle {invoice_customer}, ei maksun asiakkaalle {customer}.</translation>
        </message>
        <message>
            <source>This settlement of invoice {invoice} was already undone.</source>
            <translation>Tämä laskun {invoice} kohdistus on jo peruttu.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Summan on oltava suurempi kuin nolla.</translation>
        </message>
        <message>
            <source>Only euro payments can be entered (not {currency}).</source>
            <translation>Vain euromääräisiä maksuja voi syöttää (ei {currency}).</translation>
        </message>
        <message>
            <source>{reference} is not a valid Finnish or RF reference number.</source>
            <translation>{reference} ei ole kelvollinen suomalainen viitenumero tai RF-viite.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was imported.</source>
            <translation>Tuonti keskeytettiin; mitään ei tuotu.</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Maksu</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Kohdistus</translation>
        </message>
        <message>
            <source>The reference rate cannot be saved.</source>
            <translation>Viitekorkoa ei voi tallentaa.</translation>
        </message>
        <message>
            <source>A reference rate is set for a half-year: 1.1.–30.6. or 1.7.–31.12., not from {start}.</source>
            <translation>Viitekorko määrätään puolivuodeksi kerrallaan: 1.1.–30.6. tai 1.7.–31.12., ei alkaen {start}.</translation>
        </message>
        <message>
            <source>A reference rate is between 0 and 20 percent, not {rate}.</source>
            <translation>Viitekoron on oltava 0–20 prosenttia, ei {rate}.</translation>
        </message>
        <message>
            <source>A payment reminder is #1 or #2, not #{level}.</source>
            <translation>Maksumuistutus on #1 tai #2, ei #{level}.</translation>
        </message>
        <message>
            <source>{count} of the selected invoices cannot be transferred to collection; the first is invoice {number}: {reason} Nothing was transferred.</source>
            <translation>{count} valituista laskuista ei voi siirtää perintään; ensimmäinen on lasku {number}: {reason} Mitään ei siirretty.</translation>
        </message>
        <message>
            <source>Overdue {days} days; a reminder #1 is possible from {date}.</source>
            <translation>Eräpäivästä on kulunut {days} päivää; maksumuistutuksen #1 voi tehdä {date} alkaen.</translation>
        </message>
        <message>
            <source>The invoice is due only on {due}; a reminder #1 is possible from {date}.</source>
            <translation>Laskun eräpäivä on vasta {due}; maksumuistutuksen #1 voi tehdä {date} alkaen.</translation>
        </message>
        <message>
            <source>The customer has the no-reminders flag.</source>
            <translation>Asiakkaalla on perintäkielto.</translation>
        </message>
        <message>
            <source>The invoice has the no-reminders flag.</source>
            <translation>Laskulla on perintäkielto.</translation>
        </message>
        <message>
            <source>The order was cut off.</source>
            <translation>Tilaus on katkaistu.</translation>
        </message>
        <message>
            <source>Covered by the customer's credit balance of {balance}.</source>
            <translation>Asiakkaan saldo {balance} kattaa laskun.</translation>
        </message>
        <message>
            <source>Reminder #1 is due only on {date}; #2 is possible from {date2}.</source>
            <translation>Maksumuistutuksen #1 eräpäivä on vasta {date}; maksumuistutuksen #2 voi tehdä {date2} alkaen.</translation>
        </message>
        <message>
            <source>Reminder #1 was due on {date}; #2 is possible from {date2}.</source>
            <translation>Maksumuistutuksen #1 eräpäivä oli {date}; maksumuistutuksen #2 voi tehdä {date2} alkaen.</translation>
        </message>
        <message>
            <source>No reminder #1 has been made for this invoice yet.</source>
            <translation>Tälle laskulle ei ole vielä tehty maksumuistutusta #1.</translation>
        </message>
        <message>
            <source>Already reminded (#{level}, invoice {number}).</source>
            <translation>Maksumuistutus on jo tehty (#{level}, lasku {number}).</translation>
        </message>
        <message>
            <source>The invoice is not open any more.</source>
            <translation>Lasku ei ole enää avoinna.</translation>
        </message>
        <message>
            <source>Only invoices and ad invoices get payment reminders.</source>
            <translation>Maksumuistutuksia tehdään vain laskuista ja ilmoituslaskuista.</translation>
        </message>
        <message>
            <source>No fee: only {days} days since the due date; more than {min} are required.</source>
            <translation>Ei muistutusmaksua: eräpäivästä on kulunut vain {days} päivää; vaaditaan yli {min}.</translation>
        </message>
        <message>
            <source>No fee: only {days} days since reminder #1; more than {min} are required.</source>
            <translation>Ei muistutusmaksua: maksumuistutuksesta #1 on kulunut vain {days} päivää; vaaditaan yli {min}.</translation>
        </message>
        <message>
            <source>It has been paid.</source>
            <translation>Se on maksettu.</translation>
        </message>
        <message>
            <source>It is not open.</source>
            <translation>Se ei ole avoinna.</translation>
        </message>
        <message>
            <source>It has already been transferred to collection.</source>
            <translation>Se on jo siirretty perintään.</translation>
        </message>
        <message>
            <source>It has no sent reminder #2 whose due date has passed.</source>
            <translation>Siitä ei ole lähetettyä maksumuistutusta #2, jonka eräpäivä on mennyt.</translation>
        </message>
        <message>
            <source>{count} payment reminders #{level} were created: reminder fees {fees}, interest {interest}.</source>
            <translation>Maksumuistutuksia #{level} luotiin {count} kpl: muistutusmaksut {fees}, viivästyskorot {interest}.</translation>
        </message>
        <message>
            <source>PREVIEW, nothing was written: {count} payment reminders #{level} would be created: reminder fees {fees}, interest {interest}.</source>
            <translation>ESIKATSELU, mitään ei tallennettu: maksumuistutuksia #{level} luotaisiin {count} kpl: muistutusmaksut {fees}, viivästyskorot {interest}.</translation>
        </message>
        <message>
            <source>No invoice is eligible for a payment reminder #{level}.</source>
            <translation>Millekään laskulle ei voi tehdä maksumuistutusta #{level}.</translation>
        </message>
        <message>
            <source>Reminder {number} of invoice {invoice} (customer {customer}): fee {fee}, interest {interest}, due {due}.</source>
            <translation>Maksumuistutus {number} laskusta {invoice} (asiakas {customer}): muistutusmaksu {fee}, viivästyskorko {interest}, eräpäivä {due}.</translation>
        </message>
        <message>
            <source>Invoice {invoice} (customer {customer}): {reason}</source>
            <translation>Lasku {invoice} (asiakas {customer}): {reason}</translation>
        </message>
        <message>
            <source>{count} overdue invoices are not eligible:</source>
            <translation>Erääntyneet laskut, joille ei voi tehdä maksumuistutusta ({count}):</translation>
        </message>
        <message>
            <source>{count} invoices are still unpaid after reminder #2 and can be transferred to collection.</source>
            <translation>Maksumuistutuksen #2 jälkeen maksamatta on yhä {count} laskua, jotka voi siirtää perintään.</translation>
        </message>
        <message>
            <source>Invoice {invoice} (customer {customer}, {name}): open {open}, reminder fees {fees}, reminder #2 due {due}.</source>
            <translation>Lasku {invoice} (asiakas {customer}, {name}): avoinna {open}, muistutusmaksut {fees}, maksumuistutuksen #2 eräpäivä {due}.</translation>
        </message>
        <message>
            <source>{count} invoices were transferred to collection.</source>
            <translation>Perintään siirrettiin {count} laskua.</translation>
        </message>
        <message>
            <source>{count} invoices were written to {path}.</source>
            <translation>Tiedostoon {path} tallennettiin {count} laskua.</translation>
        </message>
        <message>
            <source>The payment needs handling.</source>
            <translation>Maksu vaatii käsittelyä.</translation>
        </message>
        <message>
            <source>The payment has no reference number.</source>
            <translation>Maksussa ei ole viitenumeroa.</translation>
        </message>
        <message>
            <source>No invoice has the reference {reference}.</source>
            <translation>Viitenumerolla {reference} ei löydy laskua.</translation>
        </message>
        <message>
            <source>The reference {reference} is not a valid Finnish or RF reference number.</source>
            <translation>{reference} ei ole kelvollinen suomalainen viitenumero eikä RF-viite.</translation>
        </message>
        <message>
            <source>Overpaid by {amount}: invoice {invoice} is paid.</source>
            <translation>Ylisuoritus {amount}: lasku {invoice} on maksettu.</translation>
        </message>
        <message>
            <source>Invoice {invoice} was already paid.</source>
            <translation>Lasku {invoice} oli jo maksettu.</translation>
        </message>
        <message>
            <source>Invoice {invoice} is credited or cut off; nothing is left to pay on it.</source>
            <translation>Lasku {invoice} on hyvitetty tai katkaistu; siitä ei ole mitään maksettavaa.</translation>
        </message>
        <message>
            <source>Reference {reference} belongs to a {kind}, which is not paid by the customer.</source>
            <translation>Viite {reference} kuuluu asiakirjaan, jota asiakas ei maksa ({kind}).</translation>
        </message>
        <message>
            <source>The settlement of invoice {invoice} was undone.</source>
            <translation>Laskun {invoice} kohdistus peruttiin.</translation>
        </message>
        <message>
            <source>Entered for customer {customer} without an invoice.</source>
            <translation>Kirjattu asiakkaalle {customer} ilman laskua.</translation>
        </message>
        <message>
            <source>Reversal {bank_ref} of {amount} (reference {reference}) matches no imported payment; settle it with the bank.</source>
            <translation>Peruutus {bank_ref} ({amount}, viite {reference}) ei vastaa mitään tuotua maksua; selvitä asia pankin kanssa.</translation>
        </message>
        <message>
            <source>Reversal {bank_ref}: payment {payment} was already turned into credit balance that has been used, or refunded; handle it by hand.</source>
            <translation>Peruutus {bank_ref}: maksu {payment} on jo siirretty saldoksi, joka on käytetty, tai palautettu; käsittele peruutus käsin.</translation>
        </message>
        <message>
            <source>Reversal of payment {payment}.</source>
            <translation>Maksun {payment} peruutus.</translation>
        </message>
        <message>
            <source>Reversed by the bank ({bank_ref}).</source>
            <translation>Pankki peruutti maksun ({bank_ref}).</translation>
        </message>
        <message>
            <source>The demo data would break a foreign key ({table}); nothing was written.</source>
            <translation type="vanished">Harjoitusaineisto rikkoisi viiteavaimen ({table}); mitään ei tallennettu.</translation>
        </message>
        <message>
            <source>Invoice {number}</source>
            <translation>Lasku {number}</translation>
        </message>
        <message>
            <source>Ad invoice {number}</source>
            <translation>Ilmoituslasku {number}</translation>
        </message>
        <message>
            <source>Credit balance applied to invoice {number}</source>
            <translation>Saldoa käytetty laskuun {number}</translation>
        </message>
        <message>
            <source>Payment of invoice {number}</source>
            <translation>Laskun {number} maksu</translation>
        </message>
        <message>
            <source>Payment {reference} to invoice {numbers}</source>
            <translation>Maksu {reference} laskuille {numbers}</translation>
        </message>
        <message>
            <source>Payment {reference} unallocated</source>
            <translation>Maksu {reference} kohdistamatta</translation>
        </message>
        <message>
            <source>Payment to credit balance</source>
            <translation>Maksu saldoksi</translation>
        </message>
        <message>
            <source>Payment {payment} to credit balance</source>
            <translation>Maksu {payment} saldoksi</translation>
        </message>
        <message>
            <source>Payment {payment} allocated to invoice {numbers}</source>
            <translation>Maksu {payment} kohdistettu laskuille {numbers}</translation>
        </message>
        <message>
            <source>Payment {payment} refunded: refund invoice {number}</source>
            <translation>Maksu {payment} palautettu: palautuslasku {number}</translation>
        </message>
        <message>
            <source>Bank reversal of payment {payment}</source>
            <translation>Pankin peruutus maksulle {payment}</translation>
        </message>
        <message>
            <source>Settlement of invoice {number} undone</source>
            <translation>Laskun {number} kohdistus peruttu</translation>
        </message>
        <message>
            <source>Reminder {number}</source>
            <translation>Maksumuistutus {number}</translation>
        </message>
        <message>
            <source>Payment reminder #{level} {number} of invoice {invoice}</source>
            <translation>Maksumuistutus #{level} {number} laskusta {invoice}</translation>
        </message>
        <message>
            <source>Refund invoice {number}</source>
            <translation>Palautuslasku {number}</translation>
        </message>
        <message>
            <source>Refund invoice {number} paid out</source>
            <translation>Palautuslasku {number} maksettu</translation>
        </message>
        <message>
            <source>Cut-off of a paid order to credit balance</source>
            <translation>Maksetun tilauksen katkaisu saldoksi</translation>
        </message>
        <message>
            <source>Cash desk sale: {product}</source>
            <translation>Kassamyynti: {product}</translation>
        </message>
        <message>
            <source>Online sale: {product}</source>
            <translation>Verkkomyynti: {product}</translation>
        </message>
        <message>
            <source>Cash desk refund: {product}</source>
            <translation>Kassapalautus: {product}</translation>
        </message>
        <message>
            <source>Online refund: {product}</source>
            <translation>Verkkopalautus: {product}</translation>
        </message>
        <message>
            <source>The price {text} is not an amount in euros (for example 49,90).</source>
            <translation type="vanished">Hinta {text} ei ole euromäärä (esimerkiksi 49,90).</translation>
        </message>
        <message>
            <source>The price {text} has more than two decimals; give it in euros and cents.</source>
            <translation type="vanished">Hinnassa {text} on enemmän kuin kaksi desimaalia; anna se euroina ja sentteinä.</translation>
        </message>
        <message>
            <source>The price must be more than zero.</source>
            <translation>Hinnan on oltava suurempi kuin nolla.</translation>
        </message>
        <message>
            <source>Order {order_number} already has the price {price}.</source>
            <translation>Tilauksella {order_number} on jo hinta {price}.</translation>
        </message>
        <message>
            <source>Give a reason for the change; it is kept in the audit log.</source>
            <translation>Anna muutokselle syy; se tallentuu muutoslokiin.</translation>
        </message>
        <message>
            <source>Order {order_number} is cancelled; it cannot be changed.</source>
            <translation>Tilaus {order_number} on peruttu; sitä ei voi muuttaa.</translation>
        </message>
        <message>
            <source>Order {order_number} has been cut off, has ended or has been refunded; it cannot be changed.</source>
            <translation>Tilaus {order_number} on katkaistu, päättynyt tai hyvitetty; sitä ei voi muuttaa.</translation>
        </message>
        <message>
            <source>Order {order_number} is a cash-desk or online sale, paid when it was sold; it cannot be changed here.</source>
            <translation>Tilaus {order_number} on kassa- tai verkkomyynti, joka maksettiin myytäessä; sitä ei voi muuttaa täällä.</translation>
        </message>
        <message>
            <source>Order {order_number} has already been billed for its whole period; its price can no longer be changed.</source>
            <translation>Tilaus {order_number} on jo laskutettu koko kaudeltaan; sen hintaa ei voi enää muuttaa.</translation>
        </message>
        <message>
            <source>Order {order_number} has already been billed; it cannot be cancelled. Cut off the paid order or credit its invoice instead.</source>
            <translation>Tilaus {order_number} on jo laskutettu; sitä ei voi perua. Katkaise maksettu tilaus tai hyvitä sen lasku.</translation>
        </message>
        <message>
            <source>Fetching billing requests up to {until} is more than 13 months ahead of {today} and would create {count} billing requests for good. Check the date, or confirm to fetch so far ahead.</source>
            <translation>Laskutuspyyntöjen haku {until} asti on yli 13 kuukautta päivän {today} jälkeen ja loisi pysyvästi {count} laskutuspyyntöä. Tarkista päivämäärä tai vahvista näin pitkä haku.</translation>
        </message>
        <message>
            <source>The database {path} is read-only: Reskontra cannot save anything in it. Nothing was changed. Ask for write access to the file or open a copy of it.</source>
            <translation>Tietokanta {path} on vain luku -tilassa: Reskontra ei voi tallentaa siihen mitään. Mitään ei muutettu. Pyydä tiedostoon kirjoitusoikeus tai avaa sen kopio.</translation>
        </message>
        <message>
            <source>Reskontra cannot write in the folder {folder} (a read-only folder or file system), and an SQLite database needs its folder writable. Nothing was changed. Move the database to a writable folder.</source>
            <translation>Reskontra ei voi kirjoittaa kansioon {folder} (kansio tai tiedostojärjestelmä on vain luku -tilassa), ja SQLite-tietokanta tarvitsee kirjoitettavan kansion. Mitään ei muutettu. Siirrä tietokanta kansioon, johon voi kirjoittaa.</translation>
        </message>
        <message>
            <source>The disk of the database is full. Nothing was saved; free some disk space and try again.</source>
            <translation>Tietokannan levy on täynnä. Mitään ei tallennettu; vapauta levytilaa ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>The database {where} already holds tables of another application (for example {table}) and no Reskontra schema. Nothing was changed; choose an empty database or a Reskontra database.</source>
            <translation>Tietokannassa {where} on jo toisen sovelluksen tauluja (esimerkiksi {table}) eikä Reskontran rakennetta. Mitään ei muutettu; valitse tyhjä tietokanta tai Reskontran tietokanta.</translation>
        </message>
        <message>
            <source>The file {path} is empty (0 bytes), so it is not a Reskontra database. Nothing was changed. To start a new database there, delete the empty file first; otherwise choose the right file.</source>
            <translation>Tiedosto {path} on tyhjä (0 tavua), joten se ei ole Reskontran tietokanta. Mitään ei muutettu. Jos haluat aloittaa siihen uuden tietokannan, poista ensin tyhjä tiedosto; muuten valitse oikea tiedosto.</translation>
        </message>
        <message>
            <source>The database driver {driver} is not supported. Use an SQLite file (sqlite:///path/to/file.sqlite) or PostgreSQL with psycopg (postgresql+psycopg://user@host:5432/database).</source>
            <translation>Tietokanta-ajuria {driver} ei tueta. Käytä SQLite-tiedostoa (sqlite:///polku/tiedostoon.sqlite) tai PostgreSQL:ää psycopg-ajurilla (postgresql+psycopg://käyttäjä@palvelin:5432/tietokanta).</translation>
        </message>
        <message>
            <source>The database took too long to answer, so the action was stopped. Nothing was changed.</source>
            <translation>Tietokanta vastasi liian hitaasti, joten toiminto keskeytettiin. Mitään ei muutettu.</translation>
        </message>
        <message>
            <source>A value is longer than the database allows. Nothing was saved; shorten it and try again.</source>
            <translation>Arvo on pidempi kuin tietokanta sallii. Mitään ei tallennettu; lyhennä sitä ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>Reskontra ran into an unexpected error and stopped; nothing half-done was saved. The details were written to {path}.</source>
            <translation>Reskontrassa tapahtui odottamaton virhe ja toiminto keskeytyi; mitään puolivalmista ei tallennettu. Tiedot kirjoitettiin tiedostoon {path}.</translation>
        </message>
        <message>
            <source>Reskontra ran into an unexpected error and stopped; nothing half-done was saved. The details could not be written to a log file ({path}).</source>
            <translation>Reskontrassa tapahtui odottamaton virhe ja toiminto keskeytyi; mitään puolivalmista ei tallennettu. Tietoja ei voitu kirjoittaa lokitiedostoon ({path}).</translation>
        </message>
        <message>
            <source>Close every period of the fiscal year {year} first; not closed yet: {periods}.</source>
            <translation>Sulje ensin tilikauden {year} kaikki kaudet; vielä sulkematta: {periods}.</translation>
        </message>
        <message>
            <source>The year-end close of {year} cannot be undone: nothing can be posted into the year afterwards. To go on, confirm it by giving the year {year}.</source>
            <translation>Tilikauden {year} päättämistä ei voi perua: vuodelle ei voi sen jälkeen kirjata mitään. Jatka vahvistamalla vuosi {year}.</translation>
        </message>
        <message>
            <source>The search took too long and was stopped. Search with fewer, longer words or with a number.</source>
            <translation>Haku kesti liian kauan ja keskeytettiin. Hae harvemmilla, pidemmillä sanoilla tai numerolla.</translation>
        </message>
        <message>
            <source>{key} must be from {low} to {high}; {value} is not.</source>
            <translation>Asetuksen {key} arvon on oltava {low}–{high}; {value} ei kelpaa.</translation>
        </message>
        <message>
            <source>{key} must be one of: {choices}; {value} is not.</source>
            <translation>Asetuksen {key} arvon on oltava jokin näistä: {choices}; {value} ei kelpaa.</translation>
        </message>
        <message>
            <source>{key} cannot be empty.</source>
            <translation>Asetus {key} ei voi olla tyhjä.</translation>
        </message>
        <message>
            <source>{key} uses the placeholder {name}, which is not known; the text may use {known}.</source>
            <translation>Asetuksessa {key} on tuntematon paikkamerkki {name}; tekstissä voi käyttää näitä: {known}.</translation>
        </message>
        <message>
            <source>{value} is not a valid Finnish VAT number (FI and the 8 digits of the business ID, e.g. FI15728600).</source>
            <translation>{value} ei ole kelvollinen suomalainen ALV-tunniste (FI ja Y-tunnuksen 8 numeroa, esim. FI15728600).</translation>
        </message>
        <message>
            <source>{value} is not a server name (e.g. smtp.example.fi) or an IP address.</source>
            <translation>{value} ei ole palvelimen nimi (esim. smtp.example.fi) eikä IP-osoite.</translation>
        </message>
        <message>
            <source>A user name has 1 to {max} printable characters; this one has {length}.</source>
            <translation>Käyttäjänimessä on 1–{max} tulostettavaa merkkiä; tässä on {length}.</translation>
        </message>
        <message>
            <source>{file} cannot be imported: entry {entry} is for {entry_amount}, but its payments add up to {payments_total}. Nothing was imported; ask the bank for a corrected file.</source>
            <translation>Tiedostoa {file} ei voi tuoda: kirjaus {entry} on {entry_amount}, mutta sen maksut ovat yhteensä {payments_total}. Mitään ei tuotu; pyydä pankilta korjattu tiedosto.</translation>
        </message>
        <message>
            <source>{file} is for the bank account {account}, not the company's bank account {expected}. Nothing was imported.</source>
            <translation>Tiedosto {file} koskee pankkitiliä {account}, ei yrityksen pankkitiliä {expected}. Mitään ei tuotu.</translation>
        </message>
        <message>
            <source>Payment {payment} is not held as possibly imported already.</source>
            <translation>Maksua {payment} ei ole pidätetty mahdollisesti jo tuotuna.</translation>
        </message>
        <message>
            <source>Payment {payment} is not a bank return waiting for its original payment.</source>
            <translation>Maksu {payment} ei ole alkuperäistä maksuaan odottava pankin palautus.</translation>
        </message>
        <message>
            <source>Payment {payment} cannot be taken back by return {bank_ref}: it is for {amount} and the return for {returned}, or it was already reversed, turned into credit balance or refunded.</source>
            <translation>Palautus {bank_ref} ei voi perua maksua {payment}: maksu on {amount} ja palautus {returned}, tai maksu on jo peruutettu, siirretty saldoksi tai palautettu.</translation>
        </message>
        <message>
            <source>Possibly imported already: payment {payment} has the same amount, reference, date and payer, and the bank gave no archive id to tell them apart. Accept it as a payment or discard it as a duplicate.</source>
            <translation>Mahdollisesti jo tuotu: maksulla {payment} on sama summa, viite, päivä ja maksaja, eikä pankki antanut arkistointitunnusta, joka erottaisi ne. Hyväksy se maksuksi tai hylkää se kaksoiskappaleena.</translation>
        </message>
        <message>
            <source>Discarded as a duplicate of payment {payment}.</source>
            <translation>Hylätty maksun {payment} kaksoiskappaleena.</translation>
        </message>
        <message>
            <source>Return {bank_ref} of {amount} (reference {reference}, payer {payer}) does not say which payment it takes back; it may be payment {payments}. Apply it to the right one.</source>
            <translation>Palautus {bank_ref} ({amount}, viite {reference}, maksaja {payer}) ei kerro, minkä maksun se peruu; se voi olla maksu {payments}. Kohdista se oikeaan maksuun.</translation>
        </message>
        <message>
            <source>Delivery unknown: the sending stopped while this email was being sent; check and resend or mark sent</source>
            <translation>Perillemeno epävarma: lähetys keskeytyi tämän sähköpostin ollessa kesken; tarkista ja lähetä uudelleen tai merkitse lähetetyksi</translation>
        </message>
        <message>
            <source>The sending was interrupted (the program stopped); send it again</source>
            <translation>Lähetys keskeytyi (ohjelma pysähtyi); lähetä uudelleen</translation>
        </message>
        <message>
            <source>Invoice {number} is not waiting for a check of its delivery on this channel; nothing was marked.</source>
            <translation>Laskun {number} perillemenoa ei ole tarkistettavana tällä kanavalla; mitään ei merkitty.</translation>
        </message>
        <message>
            <source>Order {order_number} is active: its billing requests are billed as usual. Change its price or cancel the order instead.</source>
            <translation>Tilaus {order_number} on voimassa: sen laskutuspyynnöt laskutetaan tavalliseen tapaan. Muuta sen hintaa tai peru tilaus.</translation>
        </message>
        <message>
            <source>Order {order_number} has no billing requests waiting.</source>
            <translation>Tilauksella {order_number} ei ole odottavia laskutuspyyntöjä.</translation>
        </message>
        <message>
            <source>Enter the reference rate as a percentage, for example 2,25; "{text}" is not one.</source>
            <translation>Anna viitekorko prosentteina, esimerkiksi 2,25; "{text}" ei kelpaa.</translation>
        </message>
        <message>
            <source>The reference rate of {start}–{end} is {rate}: late-payment interest {consumers} for consumers, {businesses} between businesses.</source>
            <translation>Viitekorko kaudella {start}–{end} on {rate}: viivästyskorko kuluttajille {consumers}, yritysten välillä {businesses}.</translation>
        </message>
        <message>
            <source>Reminder #1 {number} has not been sent yet; #2 counts from its due date once it has gone out.</source>
            <translation>Maksumuistutusta #1 {number} ei ole vielä lähetetty; #2 lasketaan sen eräpäivästä vasta, kun se on lähtenyt.</translation>
        </message>
        <message>
            <source>Type an amount in euros, for example 1234,50.</source>
            <translation>Kirjoita euromäärä, esimerkiksi 1234,50.</translation>
        </message>
        <message>
            <source>{text} is not an amount in euros; write it for example as 1234,50.</source>
            <translation>{text} ei ole euromäärä; kirjoita se esimerkiksi muodossa 1234,50.</translation>
        </message>
        <message>
            <source>{text} has more than two decimals; an amount has at most two (cents), for example 12,35.</source>
            <translation>Summassa {text} on enemmän kuin kaksi desimaalia; anna enintään kaksi (sentit), esimerkiksi 12,35.</translation>
        </message>
        <message>
            <source>{text} has both a comma and a point, so it is not clear which one separates the cents; write it without a thousands separator, for example 1234,50.</source>
            <translation>Summassa {text} on sekä pilkku että piste, joten ei ole selvää, kumpi erottaa sentit; kirjoita se ilman tuhaterotinta, esimerkiksi 1234,50.</translation>
        </message>
        <message>
            <source>{text} is negative; give an amount of zero or more.</source>
            <translation>{text} on negatiivinen; anna nolla tai enemmän.</translation>
        </message>
        <message>
            <source>{text} is too large; an amount can be at most {maximum}.</source>
            <translation>{text} on liian suuri; summa voi olla enintään {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>file_names</name>
        <message>
            <source>reskontra</source>
            <translation>reskontra</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>tilaukset</translation>
        </message>
        <message>
            <source>invoices</source>
            <translation>laskut</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation type="vanished">lasku</translation>
        </message>
        <message>
            <source>payments</source>
            <translation>maksut</translation>
        </message>
        <message>
            <source>postings</source>
            <translation>kirjaukset</translation>
        </message>
        <message>
            <source>credit_balance</source>
            <translation>saldo</translation>
        </message>
        <message>
            <source>change_log</source>
            <translation>muutoshistoria</translation>
        </message>
        <message>
            <source>customers</source>
            <translation>asiakkaat</translation>
        </message>
        <message>
            <source>billing_requests</source>
            <translation>laskutuspyynnöt</translation>
        </message>
        <message>
            <source>billing_by_channel</source>
            <translation>laskutus_kanavittain</translation>
        </message>
        <message>
            <source>billing_by_product</source>
            <translation>laskutus_tuotteittain</translation>
        </message>
        <message>
            <source>billing_by_vat_rate</source>
            <translation>laskutus_alv-kannoittain</translation>
        </message>
        <message>
            <source>billing_invoices</source>
            <translation>laskutetut_laskut</translation>
        </message>
        <message>
            <source>billing_skipped</source>
            <translation>laskutus_ohitetut</translation>
        </message>
        <message>
            <source>billing_run</source>
            <translation>laskutusajo</translation>
        </message>
        <message>
            <source>billing_run_preview</source>
            <translation>laskutusajo_esikatselu</translation>
        </message>
        <message>
            <source>reminder_candidates</source>
            <translation>muistutettavat</translation>
        </message>
        <message>
            <source>not_eligible_for_reminders</source>
            <translation>ei_muistutettavat</translation>
        </message>
        <message>
            <source>collection_candidates</source>
            <translation>perintään_siirrettävät</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>perintä</translation>
        </message>
        <message>
            <source>order_invoices</source>
            <translation>tilauksen_laskut</translation>
        </message>
        <message>
            <source>unsent_invoices</source>
            <translation>lähettämättömät_laskut</translation>
        </message>
        <message>
            <source>sending_batch</source>
            <translation>lähetyserä</translation>
        </message>
        <message>
            <source>preview</source>
            <translation>esikatselu</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>clerk</source>
            <translation>käsittelijä</translation>
        </message>
        <message>
            <source>accountant</source>
            <translation>kirjanpitäjä</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Henkilö</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Yritys</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <source>E-invoice</source>
            <translation>Verkkolasku</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Paperi</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Kestotilaus</translation>
        </message>
        <message>
            <source>Advertisement</source>
            <translation>Ilmoitus</translation>
        </message>
        <message>
            <source>Single sale</source>
            <translation>Kertamyynti</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Kertaluonteinen</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Kuukausittain</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Neljännesvuosittain</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Vuosittain</translation>
        </message>
        <message>
            <source>Invoicing</source>
            <translation>Laskutus</translation>
        </message>
        <message>
            <source>Cash desk</source>
            <translation>Kassa</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Lasku</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Käteinen</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Kortti</translation>
        </message>
        <message>
            <source>PayPal</source>
            <translation>PayPal</translation>
        </message>
        <message>
            <source>Google Pay</source>
            <translation>Google Pay</translation>
        </message>
        <message>
            <source>Apple Pay</source>
            <translation>Apple Pay</translation>
        </message>
        <message>
            <source>EasyPay</source>
            <translation>EasyPay</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Voimassa</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Peruttu</translation>
        </message>
        <message>
            <source>Cut off</source>
            <translation>Katkaistu</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Päättynyt</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Palautettu</translation>
        </message>
        <message>
            <source>Ad invoice</source>
            <translation>Ilmoituslasku</translation>
        </message>
        <message>
            <source>Payment reminder</source>
            <translation>Maksumuistutus</translation>
        </message>
        <message>
            <source>Refund invoice</source>
            <translation>Palautuslasku</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Hyvityslasku</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Avoin</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Maksettu</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>Hyvitetty</translation>
        </message>
        <message>
            <source>In collection</source>
            <translation>Perinnässä</translation>
        </message>
        <message>
            <source>Paid out</source>
            <translation>Maksettu takaisin</translation>
        </message>
        <message>
            <source>Bank file</source>
            <translation>Pankkiaineisto</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Käsin syötetty</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Kohdistettu</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Osasuoritus</translation>
        </message>
        <message>
            <source>Overpaid</source>
            <translation>Ylisuoritus</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>Kohdistamaton</translation>
        </message>
        <message>
            <source>To credit balance</source>
            <translation>Siirretty saldoksi</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Peruutettu</translation>
        </message>
        <message>
            <source>Possibly imported already</source>
            <translation>Mahdollisesti jo tuotu</translation>
        </message>
        <message>
            <source>Discarded as a duplicate</source>
            <translation>Hylätty kaksoiskappaleena</translation>
        </message>
        <message>
            <source>Return waits</source>
            <translation>Palautus odottaa</translation>
        </message>
        <message>
            <source>Reminder fee</source>
            <translation>Muistutusmaksu</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Suoritus</translation>
        </message>
        <message>
            <source>Credit balance applied</source>
            <translation>Saldo käytetty</translation>
        </message>
        <message>
            <source>Cut-off to credit balance</source>
            <translation>Katkaisu saldoksi</translation>
        </message>
        <message>
            <source>Cut-off with refund invoice</source>
            <translation>Katkaisu palautuslaskulla</translation>
        </message>
        <message>
            <source>Refund paid out</source>
            <translation>Palautus maksettu</translation>
        </message>
        <message>
            <source>Reimbursement</source>
            <translation>Hyvitys</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Peruutus</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Myynti</translation>
        </message>
        <message>
            <source>Sale refunded</source>
            <translation>Myynti palautettu</translation>
        </message>
        <message>
            <source>Revenue recognition</source>
            <translation>Tuloutus</translation>
        </message>
        <message>
            <source>Manual voucher</source>
            <translation>Muistiotosite</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>suomi</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>ruotsi</translation>
        </message>
        <message>
            <source>English</source>
            <translation>englanti</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>bulgaria</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Reskontra</source>
            <translation>Reskontra</translation>
        </message>
    </context>
    <context>
        <name>order_actions</name>
        <message>
            <source>Cut off paid order</source>
            <translation>Maksetun tilauksen katkaisu</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Peru myynti</translation>
        </message>
        <message>
            <source>Refund the sale</source>
            <translation>Palauta myynti</translation>
        </message>
        <message>
            <source>Bill the next period</source>
            <translation>Laskuta seuraava jakso</translation>
        </message>
        <message>
            <source>End the order</source>
            <translation>Päätä tilaus</translation>
        </message>
        <message>
            <source>Credit an invoice</source>
            <translation>Hyvitä lasku</translation>
        </message>
        <message>
            <source>Change the price</source>
            <translation>Muuta hinta</translation>
        </message>
        <message>
            <source>Cancel the order</source>
            <translation>Peru tilaus</translation>
        </message>
        <message>
            <source>Take its billing requests off the list</source>
            <translation>Poista sen laskutuspyynnöt listalta</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Käsitellään…</translation>
        </message>
        <message>
            <source>Cancelling… nothing half-done will be saved.</source>
            <translation>Keskeytetään… mitään keskeneräistä ei tallenneta.</translation>
        </message>
    </context>
</TS>
